import type { SecretRule } from '../../rule.js';

/**
 * PuTTY .ppk files (format 2 and 3); the secret is the Private-Lines blob.
 */
export const rule: SecretRule = {
  id: "putty-private-key",
  title: "PuTTY private key",
  severity: 'critical',
  keywords: ["putty-user-key-file-"],
  regex: /PuTTY-User-Key-File-[23]:[\s\S]{0,6000}?Private-Lines:\s{0,3}\d{1,3}\s{1,3}([A-Za-z0-9+\/=\s]{40,16000}?)\s{0,3}Private-MAC:/,
  allowlist: [/\.\.\.|<[^>]*>|\*{3,}|x{10,}|X{10,}|\bEXAMPLE\b|\$\{/],
  docs: "https://the.earth.li/~sgtatham/putty/0.80/htmldoc/AppendixC.html",
  examples: {
    positive: [
      "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@build-01\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAIb1p4snbvu4ClXiNuo2TwBDLTntBKB4ebVdstnnG\nUgjHmDBWnOTRmNxwwxw9\nPrivate-Lines: 1\nAAAAIuO6IiUCeFvlOWTXkM0wVVNiZSnW4qQyNmztUjkgjB4V\nPrivate-MAC: 0926de3289ae3976c425b8e2a031acbe7f9fae0bbd4124a55f2d9c0a90b7bce4",
      "PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: deploy@build-01\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAIb1p4snbvu4ClXiNuo2TwBDLTntBKB4ebVdstnnG\nUgjHmDBWnOTRmNxwwxw9\nPrivate-Lines: 1\nAAAAIuO6IiUCeFvlOWTXkM0wVVNiZSnW4qQyNmztUjkgjB4V\nPrivate-MAC: 0926de3289ae3976c425b8e2a031acbe7f9fae0bbd4124a55f2d9c0a90b7bce4",
    ],
    negative: [
      "PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nPrivate-Lines: 1\n...\nPrivate-MAC: 00",
      "Load your PuTTY-User-Key-File-2: file in Pageant",
    ],
  },
};
