import type { SecretRule } from '../../rule.js';

/**
 * PEM-encoded PKCS#1 RSA private keys (RFC 8017, RFC 7468 framing), including ones escaped into JSON strings.
 */
export const rule: SecretRule = {
  id: "private-key-rsa",
  title: "RSA private key (PKCS#1)",
  severity: 'critical',
  keywords: ["begin rsa private key"],
  regex: /-----BEGIN RSA PRIVATE KEY-----[A-Za-z0-9+\/=\s\\:,.-]{64,20000}?-----END RSA PRIVATE KEY-----/,
  allowlist: [/\.\.\.|<[^>]*>|\*{3,}|x{10,}|X{10,}|\bEXAMPLE\b|\$\{/],
  docs: "https://www.rfc-editor.org/rfc/rfc7468",
  remediation: "Treat the key as compromised: revoke or replace it wherever it is trusted, then remove it from history.",
  examples: {
    positive: [
      "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAum8Pefi0pIKFat0MZm/+UFVD3iji0VMHzevuBNCw6Fk8KekK\nCFC6w7j0XkNAR3CPf5lZuP+c1n3/DyevVO2vGTAqTdP1ddZQHGuFnByqFEZ1RMiv\nqW8O02dkKZvaSVJyRLZWb2JAXqrfiVTV9gEisYpUeaWDbe+ubce/RCDTu31f441r\nfc7voxYTjcfvvsjqY1rCivCZXPTknI/7IXfZGcYAL809IBB8vw3fjzdTTWDfKC9J\nD0tMNZjjn1Z4LIgAh7JSBAUW9ApzJCI9F5sKm4WXrpBLOijtmgR/5b/Cc9vUwMmo\nyds/zr1Zhqge+WQxce7gQVl9De+MSdDnUs0yX/1SBN/sSuKJpXc50aT+08ffAJoM\natTMhW3D5QM9nKdPs4SBBAdeEqaLusfFCw38tAOARzWTr86IjFTu1iys7dVxqaMC\nLMd0ztipI/JuKNzBvORszccuxKSv2E/qXXCYHjjoMl6onwO+wmbRoxfGuGCeanx2\nQj46OTgIXvAhPYiKETANxPNqmoeqLI/krvN+ABVywWCjKbMOqTDkvVGNsUHNrjm0\nzC5W7JDriBasdAZnml9Me9H9jtBVl+x75Uz7PSa501feg7F2bX1l9wHRzjeioD10\nDMidRgCAN0ZqPAux5wGGkmcEp5EEQSgEDUW55Qb5dv+NJDTe0uPpDZxUaSrze8xD\nrY2yKhrQ8M2Yr4aEE6dh7+gnBaJwMqEATaIo2KXOV9pTkwbPoFBS5PDgXVHcC8us\njDR0El3Fpsri47uZfhRm0sDGzXkuVv6/3YY6I59hfHUfWij3weJqtDDuz3elWv/g\n4852bVSWmh2V6RCBxUtm3dyh7TEjWO+gq3QBVp5o==\n-----END RSA PRIVATE KEY-----",
      "  \"private_key\": \"-----BEGIN RSA PRIVATE KEY-----\\nMIIEpAIBAAKCAQEAum8Pefi0pIKFat0MZm/+UFVD3iji0VMHzevuBNCw6Fk8KekK\\nCFC6w7j0XkNAR3CPf5lZuP+c1n3/DyevVO2vGTAqTdP1ddZQHGuFnByqFEZ1RMiv\\nqW8O02dkKZvaSVJyRLZWb2JAXqrfiVTV9gEisYpUeaWDbe+ubce/RCDTu31f441r\\nfc7voxYTjcfvvsjqY1rCivCZXPTknI/7IXfZGcYAL809IBB8vw3fjzdTTWDfKC9J\\nD0tMNZjjn1Z4LIgAh7JSBAUW9ApzJCI9F5sKm4WXrpBLOijtmgR/5b/Cc9vUwMmo\\nyds/zr1Zhqge+WQxce7gQVl9De+MSdDnUs0yX/1SBN/sSuKJpXc50aT+08ffAJoM\\natTMhW3D5QM9nKdPs4SBBAdeEqaLusfFCw38tAOARzWTr86IjFTu1iys7dVxqaMC\\nLMd0ztipI/JuKNzBvORszccuxKSv2E/qXXCYHjjoMl6onwO+wmbRoxfGuGCeanx2\\nQj46OTgIXvAhPYiKETANxPNqmoeqLI/krvN+ABVywWCjKbMOqTDkvVGNsUHNrjm0\\nzC5W7JDriBasdAZnml9Me9H9jtBVl+x75Uz7PSa501feg7F2bX1l9wHRzjeioD10\\nDMidRgCAN0ZqPAux5wGGkmcEp5EEQSgEDUW55Qb5dv+NJDTe0uPpDZxUaSrze8xD\\nrY2yKhrQ8M2Yr4aEE6dh7+gnBaJwMqEATaIo2KXOV9pTkwbPoFBS5PDgXVHcC8us\\njDR0El3Fpsri47uZfhRm0sDGzXkuVv6/3YY6I59hfHUfWij3weJqtDDuz3elWv/g\\n4852bVSWmh2V6RCBxUtm3dyh7TEjWO+gq3QBVp5o==\\n-----END RSA PRIVATE KEY-----\\n\",",
      "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,FA61E8B2D98A31E0A9398A2C72C08162\n\n2H8BEPfPeDIkxwL8gq/UdBRwLwMExWe9NMCwjXqjNgrUklnAezGfRUSzaFw21wrb\n8Zq8MRNgn5mumZAMuncT1vqXr6nFkIidf+Ci3gYHtEXcH725jUXZdVxPkEZHmPAy\nuMwyG7GcxCOAujGbfE0ch/jnor/njhMIR1bgJPBKBdr2fFxgLkAqpWmyu6saliFH\nrpYBS74prOm0irQxcm4rbAvwNC1zJe/NiXioZQoyYS6ByedURR008qof2L8oQ4qb\naZL5oK1iW5a7hYqRp1weHysaKGeovvl7cq/KC4tQxhG9EzfVwYaNLxk00LjkyXoR\npIbozr9a+yeyg1r1maAtvQn0TdJooyOrHeZfonJ5wrwgQFgHRILEN6TT+0xE+bZU\nX3wTGUpixVUAytwVNk0xtDt5znGdkVGp9B3zkBF5kYhvzgRegciA04DHAjyOmava\nFOFU5a/V6Mb8b7z2Mr15MDMwjZa7EMXwVusML8d4TGb0Ozqwc8amapL7i4xcmiVc\nGjrfE7mDY877iEw2U52mJf0xj+rSrG3eZ0K+lFItjlpCHw86KSUS0w6k1MNwkbeq\narEv4azqlhkIl3RbWBa6b/ojRTD5Zjxhj63jXjWqIC9HkzM3/GuFA4fLS7Mjc5DE\n-----END RSA PRIVATE KEY-----",
    ],
    negative: [
      "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
      "-----BEGIN RSA PRIVATE KEY-----\n<your key here>\n-----END RSA PRIVATE KEY-----",
      "const header = \"-----BEGIN RSA PRIVATE KEY-----\";",
    ],
  },
};
