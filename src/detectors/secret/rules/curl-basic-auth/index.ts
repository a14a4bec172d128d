import type { SecretRule } from '../../rule.js';
import { isCurlCredential } from '../shared.js';

/**
 * HTTP Basic credentials on a curl command line (`-u user:password`), also across `\` line continuations.
 */
export const rule: SecretRule = {
  id: "curl-basic-auth",
  title: "Credentials passed to curl -u/--user",
  severity: 'high',
  keywords: ["curl"],
  regex: /\bcurl\b(?:[^\n\\]|\\[\s\S]){0,400}?\s(?:-u|--user)\s{1,3}(\S{1,300})/,
  docs: "https://curl.se/docs/manpage.html#-u",
  validate: isCurlCredential,
  examples: {
    positive: [
      "curl -u deploy:auMiHo9DBRSlNC https://nexus.acme.io/service/rest/v1/components",
      "curl -s \\\n  --user \"ci-bot:thN93mwK6upB\" \\\n  https://jenkins.acme.io/job/build",
      "curl --user kevin:'iO3QAG0wXs7jnkjv' -X PATCH https://api.acme.io/me",
    ],
    negative: [
      "curl -u \"$USER:$PASS\" https://x.acme.io",
      "curl -u username:password https://x.acme.io",
      "curl -u <user:password> https://x.acme.io",
      "curl --user \"${{ secrets.U }}:${{ secrets.P }}\"",
      "curl -u \":\" https://x.acme.io",
      "curl -u \"myusername\" https://x.acme.io",
    ],
  },
};
