import type { SecretRule } from '../../rule.js';

/**
 * Dropbox short-lived access token. Short-lived tokens start with `sl.` and are 140+ characters.
 * https://developers.dropbox.com/oauth-guide
 */
export const rule: SecretRule = {
  id: 'dropbox-access-token',
  title: 'Dropbox short-lived access token',
  severity: 'high',
  keywords: ['sl.'],
  regex: /(?<![\w.-])(sl\.(?:u\.)?[A-Za-z0-9_-]{130,1400})(?![\w-])/,
  entropy: 4,
  docs: 'https://developers.dropbox.com/oauth-guide',
  remediation:
    'Revoke the credential in Dropbox, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'DROPBOX_TOKEN=sl.H60hsN5bLwthIZ2sNa3ADzYIjWYi4R3uoiCib_KDkPYzVz5B9SrLpB8E9pcqGnqdN1QuwkjbQVyQfvjVndimrOJUIDaggW2p6u4hSpgoEgdZbdMk7hVgtzAlmi7wC8Yt_Tht8wLl',
      "dbx = dropbox.Dropbox('sl.u.gv48lq70VruwrX3wWcpWK49wbR3vIElgpKRIpmpW913NYabV7_s-ZtVHbGVBoVr8M3kntByKxN8yMcZ0jENHUvOy4WLhhA-5QNeOerEslFjG4TTru605raWP6YHVvNvjDZYOd9BF1DIehBMm_Ncfh6ZiB2XBT-hfIO_fI-wtMsUTLksKSSXcW5CKWqxHbmrbi5nzHubZ3GIfJ62dob-Vzy3VrCNeButTfqBEt0QB5G2I8u-DVOLXJ8401NcXbToG45Br3u9cCPW9AqlGF8hK5yWdS4CeQEwyWa7BuLCKlROwREzg8BhTlmMpU_Cvw76FKktc2BXl_OCAdNXnuw8DRd6Z6KalZtec28GcXeDppISsWzFz3LyErrLBZtYeVtOor19CsDturJy3CjxR')",
    ],
    negative: ['DROPBOX_TOKEN=sl.xxx', 'css: .sl.ancp2vp3kyKJt3p2ylC2'],
  },
};
