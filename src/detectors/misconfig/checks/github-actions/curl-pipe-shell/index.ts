import type { MisconfigCheck } from '../../../check.js';
import { obj } from '../shared.js';

export const curlPipeShell: MisconfigCheck = {
  id: 'PAL-GHA-008',
  slug: 'curl-pipe-shell',
  platform: 'github-actions',
  title: 'Remote script piped into a shell in run',
  severity: 'high',
  description:
    'Piping curl/wget output into a shell runs whatever the server returns, with the job token and secrets, and without any integrity check.',
  remediation: 'Download to a file and verify a checksum or signature before running it, or use a pinned action/package.',
  references: ['https://docs.github.com/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions'],
  kics: [],
  resourceTypes: ['step'],
  evaluate(r) {
    const run = obj(r.value).run;
    if (typeof run !== 'string') return [];
    return /\b(curl|wget)\b[^|;&\n]*\|\s*(sudo\s+(-\S+\s+)*)?(\S*\/)?(ba|z|k|da)?sh\b/.test(run)
      ? [{ message: `${r.name} pipes a download into a shell`, at: ['run'] }]
      : [];
  },
};
