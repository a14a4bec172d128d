/** Public API of the secret engine (used by the secret DocDetector, the git-history target and stdin). */
export { buildAutomaton, type KeywordAutomaton } from './aho-corasick.js';
export type { AllowlistConfig, CustomRuleConfig, PatternSource, RegexTarget, SecretDetectorConfig } from './config.js';
export { shannonEntropy } from './entropy.js';
export { loadGitleaksToml } from './gitleaks-toml.js';
export { isFixturePath, isPlaceholder } from './noise.js';
export { translateRe2, type JsPattern } from './re2.js';
export { createSecretScanner, type ScanResult, type SecretScanner } from './scanner.js';
export { scanStream, STDIN_PATH } from './stream.js';
export { loadSecretConfigYaml, parseSecretConfig } from './yaml-config.js';
