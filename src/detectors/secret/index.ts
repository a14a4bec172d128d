/**
 * The `secret` document detector: runs the secret engine on every `text` doc (produced by the `text`
 * analyzer for each non-binary file). One scanner (automaton + compiled regexes) is built per
 * distinct config and thread, then reused for every file.
 */
import { PalisadeError } from '../../core/errors.js';
import type { DocDetector } from '../types.js';
import type { SecretDetectorConfig } from './engine/config.js';
import { createSecretScanner, type SecretScanner } from './engine/scanner.js';
import { SECRET_RULES } from './rules/index.js';

const byObject = new WeakMap<object, SecretScanner>();
const byJson = new Map<string, SecretScanner>();
let defaultScanner: SecretScanner | undefined;

/** The scanner for a detector config (undefined → built-in rules only), cached per config. */
export function scannerFor(config: unknown): SecretScanner {
  if (config === undefined || config === null) return (defaultScanner ??= createSecretScanner(SECRET_RULES));
  if (typeof config !== 'object') throw new PalisadeError('secret-config', 'secret detector config must be an object');
  const hit = byObject.get(config);
  if (hit) return hit;
  // Worker threads receive structured clones: a new object with the same content hits by JSON.
  const key = JSON.stringify(config);
  let scanner = byJson.get(key);
  if (!scanner) {
    scanner = createSecretScanner(SECRET_RULES, config as SecretDetectorConfig);
    if (byJson.size >= 8) byJson.clear();
    byJson.set(key, scanner);
  }
  byObject.set(config, scanner);
  return scanner;
}

export const secret: DocDetector = {
  id: 'secret',
  scanner: 'secret',
  docKinds: ['text'],
  detect(doc, ctx) {
    if (typeof doc.content !== 'string') return { findings: [] };
    return scannerFor(ctx.config).scanText(doc.content, doc.path);
  },
};

export { SECRET_RULES };
export type { SecretDetectorConfig } from './engine/config.js';
export { createSecretScanner, type ScanResult, type SecretScanner } from './engine/scanner.js';
export { scanStream, STDIN_PATH } from './engine/stream.js';
export { loadGitleaksToml } from './engine/gitleaks-toml.js';
export { loadSecretConfigYaml, parseSecretConfig } from './engine/yaml-config.js';
