import type { SecretRule } from '../../rule.js';

/**
 * Unencrypted PKCS#8 private keys of any algorithm (RFC 5208, RFC 7468 section 10).
 */
export const rule: SecretRule = {
  id: "private-key-pkcs8",
  title: "Private key (PKCS#8)",
  severity: 'critical',
  keywords: ["begin private key"],
  regex: /-----BEGIN PRIVATE KEY-----[A-Za-z0-9+\/=\s\\:,.-]{64,20000}?-----END PRIVATE KEY-----/,
  allowlist: [/\.\.\.|<[^>]*>|\*{3,}|x{10,}|X{10,}|\bEXAMPLE\b|\$\{/],
  docs: "https://www.rfc-editor.org/rfc/rfc7468",
  remediation: "Treat the key as compromised: revoke or replace it wherever it is trusted, then remove it from history.",
  examples: {
    positive: [
      "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCOsokAHTkFQ+zG6gKNIGqdNrwy8Wm6Q1M\nXbLab3h2lru546WhBOJuos9oVFPQ1f2ou+H3bDX537nBhbBjfoDB2SD5U/w1qPZf\nP70xZNM0bG8D9FjuO0+caMxLq+MbXF00pmYeTQDFxsNBeiEU/8C3IK7pS+iFEzJm\nNNsvf2P1A5J6imZk0qeGe3h0VmSo4U3f5wRiZ0F7+TsSuN+uvwgVvLO7xh2nw2wv\na2Y6qwSBUllFMe8v66AGwVUA22NeT3bsfh9kd2Q6UO0NTs2v0LDtJCgLyVx6XuZc\nCuRMNSHJCYGvYX7z1TMYYusVrl1oFXPmPm61kYaoYDg8mlJ2EN8sBXHoelWXrFl4\n1Jtqvc7drhUkanz24lrAGxzko82BnhS0uG6F9RDf45AZz5cQwowg+yjvy1oJlPLr\nqdyrsOMa/vTElDMfFNESw5pB7TlHt2DwsGq5qbj0ZX9bqtIdb/WKvuHPciqC3wZo\nMRst8otzCmqKVwYOCm5dgNQq4oPpqRNB+9GYObQBalYtYy+BlFMwH8Akn3nQF32F\nT7WHt/sT+Ty87AAnWo7DSLxvMYtzq0Duf7/dvVGNIG+07UOJ3q+xepQM4T/t1UXs\nQT8flAlkEeou8Ee0Ze0tTn3yInoyOsL8N+9XGbN/tytyazij3T9k5Kl/qNLVB8TZ\n8JKqgsHwcJmBit0SDNyXoMBizZ223db36aiz603SUh/Nnu5diRUgoUGCtRyz/SlI\nYdIYe3fUoP5lyWNnQCB/zo3al0dhkdRi252KhmA6vBvSWjai4USdZBOxSdSjzEmT\neeEPfrmOBjiu76JohgfGlqLynvCKPYOZpzpY7lsm==\n-----END PRIVATE KEY-----",
      "  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCOsokAHTkFQ+zG6gKNIGqdNrwy8Wm6Q1M\\nXbLab3h2lru546WhBOJuos9oVFPQ1f2ou+H3bDX537nBhbBjfoDB2SD5U/w1qPZf\\nP70xZNM0bG8D9FjuO0+caMxLq+MbXF00pmYeTQDFxsNBeiEU/8C3IK7pS+iFEzJm\\nNNsvf2P1A5J6imZk0qeGe3h0VmSo4U3f5wRiZ0F7+TsSuN+uvwgVvLO7xh2nw2wv\\na2Y6qwSBUllFMe8v66AGwVUA22NeT3bsfh9kd2Q6UO0NTs2v0LDtJCgLyVx6XuZc\\nCuRMNSHJCYGvYX7z1TMYYusVrl1oFXPmPm61kYaoYDg8mlJ2EN8sBXHoelWXrFl4\\n1Jtqvc7drhUkanz24lrAGxzko82BnhS0uG6F9RDf45AZz5cQwowg+yjvy1oJlPLr\\nqdyrsOMa/vTElDMfFNESw5pB7TlHt2DwsGq5qbj0ZX9bqtIdb/WKvuHPciqC3wZo\\nMRst8otzCmqKVwYOCm5dgNQq4oPpqRNB+9GYObQBalYtYy+BlFMwH8Akn3nQF32F\\nT7WHt/sT+Ty87AAnWo7DSLxvMYtzq0Duf7/dvVGNIG+07UOJ3q+xepQM4T/t1UXs\\nQT8flAlkEeou8Ee0Ze0tTn3yInoyOsL8N+9XGbN/tytyazij3T9k5Kl/qNLVB8TZ\\n8JKqgsHwcJmBit0SDNyXoMBizZ223db36aiz603SUh/Nnu5diRUgoUGCtRyz/SlI\\nYdIYe3fUoP5lyWNnQCB/zo3al0dhkdRi252KhmA6vBvSWjai4USdZBOxSdSjzEmT\\neeEPfrmOBjiu76JohgfGlqLynvCKPYOZpzpY7lsm==\\n-----END PRIVATE KEY-----\\n\",",
    ],
    negative: [
      "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----",
      "-----BEGIN PRIVATE KEY-----\n<your key here>\n-----END PRIVATE KEY-----",
      "const header = \"-----BEGIN PRIVATE KEY-----\";",
    ],
  },
};
