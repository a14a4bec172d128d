import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS, literalPassword } from '../shared.js';

/**
 * `sshpass -p` puts the password on the command line (and in shell history and process lists).
 */
export const rule: SecretRule = {
  id: "sshpass-password",
  title: "Password passed to sshpass -p",
  severity: 'high',
  keywords: ["sshpass"],
  regex: /\bsshpass\s{1,3}-p\s{0,3}(["\']?)([^\s"\']{4,128})\1/,
  secretGroup: 2,
  allowlist: [...PLACEHOLDERS],
  docs: "https://man.archlinux.org/man/sshpass.1",
  validate: literalPassword(undefined),
  examples: {
    positive: [
      "sshpass -p 'Uolk6TXIDGle' ssh deploy@10.0.4.12 uptime",
      "sshpass -pLftXv77mZT scp build.tar.gz ops@bastion:/tmp",
    ],
    negative: [
      "sshpass -p \"$SSH_PASS\" ssh deploy@host",
      "sshpass -p password ssh root@host",
      "sshpass -f ~/.pw ssh deploy@host",
    ],
  },
};
