import type { SecretRule } from '../../rule.js';

/**
 * Encrypted PKCS#8 keys (RFC 5958): protected by a passphrase, which is often stored nearby, so still reported.
 */
export const rule: SecretRule = {
  id: "private-key-encrypted",
  title: "Encrypted private key (PKCS#8)",
  severity: 'critical',
  keywords: ["begin encrypted private key"],
  regex: /-----BEGIN ENCRYPTED PRIVATE KEY-----[A-Za-z0-9+\/=\s\\:,.-]{64,20000}?-----END ENCRYPTED PRIVATE KEY-----/,
  allowlist: [/\.\.\.|<[^>]*>|\*{3,}|x{10,}|X{10,}|\bEXAMPLE\b|\$\{/],
  docs: "https://www.rfc-editor.org/rfc/rfc7468",
  remediation: "Treat the key as compromised: revoke or replace it wherever it is trusted, then remove it from history.",
  examples: {
    positive: [
      "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQIbwFThzIuav451Ji6\n3e6tBHb8ZKKQK8lqwfGDj+fFN1wkOOc3HHJiRPC3BSfv3XnOvEnQ7lFhHRcV3jIb\nLBS9KKpXtPI4ILbOZ7WqHjO9G2e8/qmyjWHCIlIm0WVpkYHLJ965r9IAPIH/e5/h\ni1WfASsK+EnUZQR18i2qioqjnmmYQUSN+Xi7csWZDwPLfE6e7ThQ8MtK+9JOMs3V\nq996EPZXpDuRwSZbx2LSd+ZW10Ov/0KBxAL920vM2uChVXaV3QHNHTiZVZ+4ySUi\nevblNH9+e6AdtwHJ0K0HvW9jTcroEqC0IUH/PtOPw4Ju6nzAxuEGeR9NfO3DLmn2\nHHwTNW2+xiennAax5pQ7z9kkH3QMvx0/+dXgJ4LyxOkQPobBkyBsMwUwnuGm4LZg\nZEHaoR8krODWdwCZENHXnnRoOnHiXenoh9TV0+R+a6AzVYImuBiC0VMzKbrU0yF0\nihci5wPkXq1FndUy2J4+DzFijV3qZq35pbhO+GArPx2jNTi2vnywwQ4PVS+1TnHY\nO5B4muNv+W83J0OFQUbwn00TgVqzHY5Wpi546jGvrQkDC3dIr5HyxElGwZABgeAw\nYFzzHVi45ak/qWAMVcsnh7vMuPazdksWmMSnAVr9ML/Aftn5W9ELxhsl0uVx4nHs\nJUuiYV6zRHsJdQvUOLu5LSSlK6zkoMR0VPHaXTFHhKqjGeq0FP4WMXk9GOtExZ6a\nEVsPVgGYhOLlk1ntXg437CtI6nFoOipf6ZeXO3P4rbD/sR+q0o1Zw/zgaDFgH5/r\nzwNuhbL6fgL6UfV0v3O+E/bZ/z6jleBtH/RlqSM/==\n-----END ENCRYPTED PRIVATE KEY-----",
      "  \"private_key\": \"-----BEGIN ENCRYPTED PRIVATE KEY-----\\nMIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQIbwFThzIuav451Ji6\\n3e6tBHb8ZKKQK8lqwfGDj+fFN1wkOOc3HHJiRPC3BSfv3XnOvEnQ7lFhHRcV3jIb\\nLBS9KKpXtPI4ILbOZ7WqHjO9G2e8/qmyjWHCIlIm0WVpkYHLJ965r9IAPIH/e5/h\\ni1WfASsK+EnUZQR18i2qioqjnmmYQUSN+Xi7csWZDwPLfE6e7ThQ8MtK+9JOMs3V\\nq996EPZXpDuRwSZbx2LSd+ZW10Ov/0KBxAL920vM2uChVXaV3QHNHTiZVZ+4ySUi\\nevblNH9+e6AdtwHJ0K0HvW9jTcroEqC0IUH/PtOPw4Ju6nzAxuEGeR9NfO3DLmn2\\nHHwTNW2+xiennAax5pQ7z9kkH3QMvx0/+dXgJ4LyxOkQPobBkyBsMwUwnuGm4LZg\\nZEHaoR8krODWdwCZENHXnnRoOnHiXenoh9TV0+R+a6AzVYImuBiC0VMzKbrU0yF0\\nihci5wPkXq1FndUy2J4+DzFijV3qZq35pbhO+GArPx2jNTi2vnywwQ4PVS+1TnHY\\nO5B4muNv+W83J0OFQUbwn00TgVqzHY5Wpi546jGvrQkDC3dIr5HyxElGwZABgeAw\\nYFzzHVi45ak/qWAMVcsnh7vMuPazdksWmMSnAVr9ML/Aftn5W9ELxhsl0uVx4nHs\\nJUuiYV6zRHsJdQvUOLu5LSSlK6zkoMR0VPHaXTFHhKqjGeq0FP4WMXk9GOtExZ6a\\nEVsPVgGYhOLlk1ntXg437CtI6nFoOipf6ZeXO3P4rbD/sR+q0o1Zw/zgaDFgH5/r\\nzwNuhbL6fgL6UfV0v3O+E/bZ/z6jleBtH/RlqSM/==\\n-----END ENCRYPTED PRIVATE KEY-----\\n\",",
    ],
    negative: [
      "-----BEGIN ENCRYPTED PRIVATE KEY-----\n...\n-----END ENCRYPTED PRIVATE KEY-----",
      "-----BEGIN ENCRYPTED PRIVATE KEY-----\n<your key here>\n-----END ENCRYPTED PRIVATE KEY-----",
      "const header = \"-----BEGIN ENCRYPTED PRIVATE KEY-----\";",
    ],
  },
};
