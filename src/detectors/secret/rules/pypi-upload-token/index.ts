import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * PyPI tokens are macaroons: `pypi-` plus base64 of a header naming pypi.org (or test.pypi.org).
 */
export const rule: SecretRule = {
  id: "pypi-upload-token",
  title: "PyPI upload token",
  severity: 'critical',
  keywords: ["pypi-ageichlwas5vcmc", "pypi-agendgvzdc5wexbplm9yzw"],
  regex: /(?<![A-Za-z0-9_-])(pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])/,
  entropy: 4,
  allowlist: [...PLACEHOLDERS],
  docs: "https://pypi.org/help/#apitoken",
  examples: {
    positive: [
      "password = pypi-AgEIcHlwaS5vcmcKstNQFGgM7e8YbWcE4SvVbnRb3oE96QGQ7ovGRsjdSfc92XBTcb8ru2D8GvNiWKfEYtUJoqW5h_QKg6RdZn2zPIC4yQWg01M53NMe4Y26g1NCVbc7QT-gVvj",
      "TWINE_PASSWORD=\"pypi-AgENdGVzdC5weXBpLm9yZwe9jgbEmwy2M1DUDzjt4dy8Cz4MVVBi0hTSZzS8p8wQB3fwQNwmX-NtQ6EPsd1kogoDcLGWTbC_B4HFec64VU1ZG6iM\"",
    ],
    negative: [
      "password = pypi-AgEIcHlwaS5vcmc7AVYCIp7Lz",
      "password = pypi-eqPDg3x8hKuGaGDqYO9gW62WnRnzMdwibe_MjjFN6kKPf4tfj6UfXPyc94XWp2tBzLFVrZBANlUIfvLP8pvEXNt_Z-UWpKFkaypupL0YfmY21ZTTOPqVCyY9",
    ],
  },
};
