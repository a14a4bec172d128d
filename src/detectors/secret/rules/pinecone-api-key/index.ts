import type { SecretRule } from '../../rule.js';

/**
 * Pinecone API key. API keys: `pcsk_` + key id + `_` + secret.
 * https://docs.pinecone.io/guides/projects/manage-api-keys
 */
export const rule: SecretRule = {
  id: 'pinecone-api-key',
  title: 'Pinecone API key',
  severity: 'high',
  keywords: ['pcsk_'],
  regex: /(?<![\w-])(pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80})(?![A-Za-z0-9])/,
  entropy: 4,
  docs: 'https://docs.pinecone.io/guides/projects/manage-api-keys',
  remediation:
    'Revoke the credential in Pinecone, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'PINECONE_API_KEY=pcsk_49aRS_0YAJ2tENpvcj5PPdKIv5opE4PRE90p84xpVcECQ0xsK1jKFAAfBC06UQyR3tdAaIsf',
      'pc = Pinecone(api_key="pcsk_oAK2P4_oacUzjVLJj9w1KbH0YtxDM2djASpJAAFUaXgU5gqNAWYwYrCNAs9EaszdNjYv33yHb")',
    ],
    negative: ['PINECONE_API_KEY=pcsk_...', 'pcsk_ejot0_UHG7nmXPMLcT9YA2lfjF'],
  },
};
