import type { SecretRule } from '../../rule.js';

/**
 * PEM-encoded SEC 1 elliptic-curve private keys (RFC 5915).
 */
export const rule: SecretRule = {
  id: "private-key-ec",
  title: "EC private key (SEC 1)",
  severity: 'critical',
  keywords: ["begin ec private key"],
  regex: /-----BEGIN EC PRIVATE KEY-----[A-Za-z0-9+\/=\s\\:,.-]{64,20000}?-----END EC PRIVATE KEY-----/,
  allowlist: [/\.\.\.|<[^>]*>|\*{3,}|x{10,}|X{10,}|\bEXAMPLE\b|\$\{/],
  docs: "https://www.rfc-editor.org/rfc/rfc7468",
  remediation: "Treat the key as compromised: revoke or replace it wherever it is trusted, then remove it from history.",
  examples: {
    positive: [
      "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIRcSfPbypfQLX46uWJQhpEvR727OIQYNGifdXwaBwWslTxf7BX7XK+kJ\nxdi5LyMDrwSJBCluWwyvy+q2Y/VL9XcOrFexhTyy+ZPZGxtepFVa2Riktty8kc9J\n5VezWe7JCbouZab6L3DRk2uryXmgOoZqeoG9oF10cHPXqvwaqKeCowxIn9u/j2OS\nK8ZXtMpntgR1zKOjFowVlaAunIbwwmoBeJtRsC6fzEiRF6WxOLNYKheEcThHypHw\nzU6idaqJJMigjQvBmPD8Uh0JJmCF47DNX02Hd62goySZqhEzsTnBTiKHoz7QAWd+\nwcz76GBmX6nUxLT0H48I8NYo41BNdoqVyJefUXio87l8qZqhuNd4nc0JSaG+x1wy\nr1EjAwaIw/e76YNJqT7daJy5W+uaIENPotSDhI8VkZypRmiBLNIpHmSlEWiTJR8w\nbljvHVscpyT7ioJiLeAHcFZEa8dMlHg5X/76qLTBSfI9fdCNevJsxty+cjCdv/Pi\nSQCsg5RGottwaqiGPAKyhs3wXwqCG33tZ4WKlxecbmhtlxJrVIM023A3vkt+9u6k\n9L9AHnttEntUzi76QHJxb6o3YSlIRFhKa5yO16VHUg4pwMHhhS9Wet7K56oCgvjH\njkV3TvBl64y/UXQMPq+3ldFbaGiS7jpN/XVFMsoZR9K02XFJh4TsqkZ3L4CF8sQo\n0Bu9cfQQXZq7CjAAKR3WHt+rvwDQpvbFgjMXg+zKqCVmZm3hGfLvq0vZvzku5bKg\n53+QtFhD3Rv0OvEfATtj5/rJ5eoGuinEqJkUu0y8hYFRiHHVpsnxflk0VVzmbUPQ\nIXUsHFHCIYkMro4RrJ8QsUXu6qU0NgndsKcLNbjJ==\n-----END EC PRIVATE KEY-----",
      "  \"private_key\": \"-----BEGIN EC PRIVATE KEY-----\\nMHcCAQEEIRcSfPbypfQLX46uWJQhpEvR727OIQYNGifdXwaBwWslTxf7BX7XK+kJ\\nxdi5LyMDrwSJBCluWwyvy+q2Y/VL9XcOrFexhTyy+ZPZGxtepFVa2Riktty8kc9J\\n5VezWe7JCbouZab6L3DRk2uryXmgOoZqeoG9oF10cHPXqvwaqKeCowxIn9u/j2OS\\nK8ZXtMpntgR1zKOjFowVlaAunIbwwmoBeJtRsC6fzEiRF6WxOLNYKheEcThHypHw\\nzU6idaqJJMigjQvBmPD8Uh0JJmCF47DNX02Hd62goySZqhEzsTnBTiKHoz7QAWd+\\nwcz76GBmX6nUxLT0H48I8NYo41BNdoqVyJefUXio87l8qZqhuNd4nc0JSaG+x1wy\\nr1EjAwaIw/e76YNJqT7daJy5W+uaIENPotSDhI8VkZypRmiBLNIpHmSlEWiTJR8w\\nbljvHVscpyT7ioJiLeAHcFZEa8dMlHg5X/76qLTBSfI9fdCNevJsxty+cjCdv/Pi\\nSQCsg5RGottwaqiGPAKyhs3wXwqCG33tZ4WKlxecbmhtlxJrVIM023A3vkt+9u6k\\n9L9AHnttEntUzi76QHJxb6o3YSlIRFhKa5yO16VHUg4pwMHhhS9Wet7K56oCgvjH\\njkV3TvBl64y/UXQMPq+3ldFbaGiS7jpN/XVFMsoZR9K02XFJh4TsqkZ3L4CF8sQo\\n0Bu9cfQQXZq7CjAAKR3WHt+rvwDQpvbFgjMXg+zKqCVmZm3hGfLvq0vZvzku5bKg\\n53+QtFhD3Rv0OvEfATtj5/rJ5eoGuinEqJkUu0y8hYFRiHHVpsnxflk0VVzmbUPQ\\nIXUsHFHCIYkMro4RrJ8QsUXu6qU0NgndsKcLNbjJ==\\n-----END EC PRIVATE KEY-----\\n\",",
    ],
    negative: [
      "-----BEGIN EC PRIVATE KEY-----\n...\n-----END EC PRIVATE KEY-----",
      "-----BEGIN EC PRIVATE KEY-----\n<your key here>\n-----END EC PRIVATE KEY-----",
      "const header = \"-----BEGIN EC PRIVATE KEY-----\";",
    ],
  },
};
