import type { SecretRule } from '../../rule.js';

/**
 * PEM-encoded OpenSSL DSA private keys.
 */
export const rule: SecretRule = {
  id: "private-key-dsa",
  title: "DSA private key",
  severity: 'critical',
  keywords: ["begin dsa private key"],
  regex: /-----BEGIN DSA PRIVATE KEY-----[A-Za-z0-9+\/=\s\\:,.-]{64,20000}?-----END DSA PRIVATE KEY-----/,
  allowlist: [/\.\.\.|<[^>]*>|\*{3,}|x{10,}|X{10,}|\bEXAMPLE\b|\$\{/],
  docs: "https://www.rfc-editor.org/rfc/rfc7468",
  remediation: "Treat the key as compromised: revoke or replace it wherever it is trusted, then remove it from history.",
  examples: {
    positive: [
      "-----BEGIN DSA PRIVATE KEY-----\nMIIBuwIBAAKBgQDkry3MzIb9L1/3vedgh7rg8eddHyl79CUYegf9wEUgC8jHtOR6\nupv55S1uhwfHAFMpK8b0YEZmsf0LZ26EMQs0CJBIYAdn5NhfB+ckHGf8LZSizXQ1\nkiJc8uFyuaItwqnZe/OC3uH7wSpfe48QrbhCcufHjh4sHR1PLeRkdVTrK3RxBJ8H\n5TZjeZeX/D5YDPMyC3iXkbL9jTwjNzzQs8NgL9w9zX5Ea/3r8Y/u098dgwNHvuMC\ngkVeppUrwL6zl7B9gwxicGsm7c1bsja/LD7NYmBf+4NHs6vHaJFUIvgyBiYl0dFo\nH9T5zkmg8B+4Zu8aaG6aysflPp5Dm3Qt/9jcdkKeS+xRiNMYfybwafEpC0ZLhpNF\naipZhtuIHxm1qsNv1CN8duoyBtcIKVoHeQJlZK6Myjp1+Ad1Y1Od3/fUvKf1kFoS\nZEWkgaqqII8tBzQkjg29jUNikyYVJ4NoDwZzf7+34P+L6dF6+g6P5pf74g0b8gvO\n8t+WTi5fjDjgiyTIobICFCeXBBNX2igF8gMMC3PbAuEmd7BQkqZy6rI4A3A4cu7L\n/OjaHwG5C8q0F7UiJeCYXDL22LRMsij/+Fko1xKs4yKgwOQ8UjQLhJpnn6aZMcNW\ntp5nQCXObwwlv5p8c0nfgbHXwwpWlhz+2yd6U+txonCPMQ++UNTCMkA/qhrdIc+c\ngd20Rhn+oI9CRK370hiffwMIrxFVFJyZgnFJVzUo4dW0U8J95yJET/T8mvFAQ61/\nIjbSJwbuSCiz1r5SdmUw2wGnLNC945S7wT/2HrMkxvzTtaTby0J/22tCVPSolskg\nN9A8RUPlseSQRoKnXs0crRfOowo5ia7c2XV7ou9P==\n-----END DSA PRIVATE KEY-----",
      "  \"private_key\": \"-----BEGIN DSA PRIVATE KEY-----\\nMIIBuwIBAAKBgQDkry3MzIb9L1/3vedgh7rg8eddHyl79CUYegf9wEUgC8jHtOR6\\nupv55S1uhwfHAFMpK8b0YEZmsf0LZ26EMQs0CJBIYAdn5NhfB+ckHGf8LZSizXQ1\\nkiJc8uFyuaItwqnZe/OC3uH7wSpfe48QrbhCcufHjh4sHR1PLeRkdVTrK3RxBJ8H\\n5TZjeZeX/D5YDPMyC3iXkbL9jTwjNzzQs8NgL9w9zX5Ea/3r8Y/u098dgwNHvuMC\\ngkVeppUrwL6zl7B9gwxicGsm7c1bsja/LD7NYmBf+4NHs6vHaJFUIvgyBiYl0dFo\\nH9T5zkmg8B+4Zu8aaG6aysflPp5Dm3Qt/9jcdkKeS+xRiNMYfybwafEpC0ZLhpNF\\naipZhtuIHxm1qsNv1CN8duoyBtcIKVoHeQJlZK6Myjp1+Ad1Y1Od3/fUvKf1kFoS\\nZEWkgaqqII8tBzQkjg29jUNikyYVJ4NoDwZzf7+34P+L6dF6+g6P5pf74g0b8gvO\\n8t+WTi5fjDjgiyTIobICFCeXBBNX2igF8gMMC3PbAuEmd7BQkqZy6rI4A3A4cu7L\\n/OjaHwG5C8q0F7UiJeCYXDL22LRMsij/+Fko1xKs4yKgwOQ8UjQLhJpnn6aZMcNW\\ntp5nQCXObwwlv5p8c0nfgbHXwwpWlhz+2yd6U+txonCPMQ++UNTCMkA/qhrdIc+c\\ngd20Rhn+oI9CRK370hiffwMIrxFVFJyZgnFJVzUo4dW0U8J95yJET/T8mvFAQ61/\\nIjbSJwbuSCiz1r5SdmUw2wGnLNC945S7wT/2HrMkxvzTtaTby0J/22tCVPSolskg\\nN9A8RUPlseSQRoKnXs0crRfOowo5ia7c2XV7ou9P==\\n-----END DSA PRIVATE KEY-----\\n\",",
    ],
    negative: [
      "-----BEGIN DSA PRIVATE KEY-----\n...\n-----END DSA PRIVATE KEY-----",
      "-----BEGIN DSA PRIVATE KEY-----\n<your key here>\n-----END DSA PRIVATE KEY-----",
      "const header = \"-----BEGIN DSA PRIVATE KEY-----\";",
    ],
  },
};
