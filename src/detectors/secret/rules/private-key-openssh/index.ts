import type { SecretRule } from '../../rule.js';

/**
 * OpenSSH's own private key format (PROTOCOL.key in the OpenSSH sources), used by ssh-keygen since 7.8.
 */
export const rule: SecretRule = {
  id: "private-key-openssh",
  title: "OpenSSH private key",
  severity: 'critical',
  keywords: ["begin openssh private key"],
  regex: /-----BEGIN OPENSSH PRIVATE KEY-----[A-Za-z0-9+\/=\s\\:,.-]{64,20000}?-----END OPENSSH PRIVATE KEY-----/,
  allowlist: [/\.\.\.|<[^>]*>|\*{3,}|x{10,}|X{10,}|\bEXAMPLE\b|\$\{/],
  docs: "https://www.rfc-editor.org/rfc/rfc7468",
  remediation: "Treat the key as compromised: revoke or replace it wherever it is trusted, then remove it from history.",
  examples: {
    positive: [
      "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nlNsVDXVJafQrWs03DSY1AFmqMJHY6afL5VQgypJwZws2QhWzF6/w8Rr35Jx3e9S7\nDm0yl2YyfS+9gn8ZihpUSi/d+EMLAooVb4+QkCof8PZc/1s6myUiCXh4xVo5WNin\n72D5/qULSiWoUSC5BL9OhQogKheHPfLYGLs7UhwJUGAV4YIW/SzEdyoSspl3DlcB\nHQniHI1aY5OgSIaQ+GE4qK2ZknOiMTEeaO+cLC+uDKZMDjz0RFwaGwZmo1qrNBIh\nN+AC77QxfzKf5b5zq0JO4/jc2a+M9D7WwPGBUN0BYvKBUo825RnBnH9CL+ca5drq\n659D+eaiPiQoJcSihR0fCeLnpRRX1f9t62cyonreqfCi48omxch2RCgNJd+8i5IB\nh5O3zF6jbxT9Ph7p3WPORbtHq1zxR11V8cFh9NDjzAIMA9jvqCleYM/XjG3J1mwb\nKh0a7/iHubZx+BuwYLsTfFQOnEhB+V9OBNz4aLboPDmuM09q6JT/B95s3aqL5ITN\nqPzusxYDi2dxMRKKoFoif0kkUbz674yWNIUQA/W0gXVwZixtUXm298g/1czdxpps\nZGXe97SUUqKA0Dejaed82xkMGtuucq5apohYHkZauHQBq+snE7Aoyl2H3Lm/7DVf\nEdA2YG687kpAma0ucBabM3SoWEEr9nQMthvg8m27Oz52J+e0URYKpfRzneDd+5Ab\nDJrh9bvd3MXp+yplyr+9I3XUvcBfjfzpVA8m263LliWc4FeKWj2xC9bjydffgL/e\n0cLe9NtDqBGoI1lsjCL7HjtRy0bvLdJvfoKBa5zi==\n-----END OPENSSH PRIVATE KEY-----",
      "  \"private_key\": \"-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\\nlNsVDXVJafQrWs03DSY1AFmqMJHY6afL5VQgypJwZws2QhWzF6/w8Rr35Jx3e9S7\\nDm0yl2YyfS+9gn8ZihpUSi/d+EMLAooVb4+QkCof8PZc/1s6myUiCXh4xVo5WNin\\n72D5/qULSiWoUSC5BL9OhQogKheHPfLYGLs7UhwJUGAV4YIW/SzEdyoSspl3DlcB\\nHQniHI1aY5OgSIaQ+GE4qK2ZknOiMTEeaO+cLC+uDKZMDjz0RFwaGwZmo1qrNBIh\\nN+AC77QxfzKf5b5zq0JO4/jc2a+M9D7WwPGBUN0BYvKBUo825RnBnH9CL+ca5drq\\n659D+eaiPiQoJcSihR0fCeLnpRRX1f9t62cyonreqfCi48omxch2RCgNJd+8i5IB\\nh5O3zF6jbxT9Ph7p3WPORbtHq1zxR11V8cFh9NDjzAIMA9jvqCleYM/XjG3J1mwb\\nKh0a7/iHubZx+BuwYLsTfFQOnEhB+V9OBNz4aLboPDmuM09q6JT/B95s3aqL5ITN\\nqPzusxYDi2dxMRKKoFoif0kkUbz674yWNIUQA/W0gXVwZixtUXm298g/1czdxpps\\nZGXe97SUUqKA0Dejaed82xkMGtuucq5apohYHkZauHQBq+snE7Aoyl2H3Lm/7DVf\\nEdA2YG687kpAma0ucBabM3SoWEEr9nQMthvg8m27Oz52J+e0URYKpfRzneDd+5Ab\\nDJrh9bvd3MXp+yplyr+9I3XUvcBfjfzpVA8m263LliWc4FeKWj2xC9bjydffgL/e\\n0cLe9NtDqBGoI1lsjCL7HjtRy0bvLdJvfoKBa5zi==\\n-----END OPENSSH PRIVATE KEY-----\\n\",",
    ],
    negative: [
      "-----BEGIN OPENSSH PRIVATE KEY-----\n...\n-----END OPENSSH PRIVATE KEY-----",
      "-----BEGIN OPENSSH PRIVATE KEY-----\n<your key here>\n-----END OPENSSH PRIVATE KEY-----",
      "const header = \"-----BEGIN OPENSSH PRIVATE KEY-----\";",
    ],
  },
};
