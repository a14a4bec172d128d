/**
 * The `secret:` section of palisade.yaml (format documented in docs/secrets.md). Regexes are strings
 * in JavaScript or RE2 syntax (a leading `(?i)` works as in gitleaks); allowlist `paths` are picomatch
 * globs relative to the scan target.
 */
import { parse } from 'yaml';
import { PalisadeError } from '../../../core/errors.js';
import { SEVERITIES, type Severity } from '../../../core/model.js';
import type { AllowlistConfig, CustomRuleConfig, PatternSource, SecretDetectorConfig } from './config.js';
import { translateRe2 } from './re2.js';

type Obj = Record<string, unknown>;

function bad(message: string): never {
  throw new PalisadeError('secret-config', `palisade.yaml secret: ${message}`);
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function known(o: Obj, keys: string[], where: string): void {
  for (const k of Object.keys(o)) if (!keys.includes(k)) bad(`${where}: unknown key "${k}" (expected one of ${keys.join(', ')})`);
}

function strings(v: unknown, where: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) bad(`${where} must be a list of strings`);
  return v as string[];
}

function pattern(v: unknown, flags: unknown, where: string): PatternSource {
  if (typeof v !== 'string' || v === '') bad(`${where} must be a non-empty string`);
  if (flags !== undefined && (typeof flags !== 'string' || !/^[ims]*$/.test(flags))) bad(`${where}: flags may only hold i, m, s`);
  try {
    return translateRe2(v, (flags as string | undefined) ?? '');
  } catch (err) {
    bad(`${where}: ${(err as Error).message}`);
  }
}

function allowlist(v: unknown, where: string): AllowlistConfig {
  if (!isObj(v)) bad(`${where} must be a mapping`);
  known(v, ['description', 'condition', 'regexTarget', 'regexes', 'paths', 'stopwords'], where);
  const out: AllowlistConfig = {};
  if (v.description !== undefined) out.description = String(v.description);
  if (v.condition !== undefined) {
    if (v.condition !== 'OR' && v.condition !== 'AND') bad(`${where}.condition must be OR or AND`);
    out.condition = v.condition;
  }
  if (v.regexTarget !== undefined) {
    if (v.regexTarget !== 'secret' && v.regexTarget !== 'match' && v.regexTarget !== 'line') bad(`${where}.regexTarget must be secret, match or line`);
    out.regexTarget = v.regexTarget;
  }
  const regexes = strings(v.regexes, `${where}.regexes`).map((r, i) => pattern(r, undefined, `${where}.regexes[${i}]`));
  if (regexes.length > 0) out.regexes = regexes;
  const globs = strings(v.paths, `${where}.paths`);
  if (globs.length > 0) out.globs = globs;
  const stopwords = strings(v.stopwords, `${where}.stopwords`);
  if (stopwords.length > 0) out.stopwords = stopwords;
  return out;
}

function rule(v: unknown, where: string): CustomRuleConfig {
  if (!isObj(v)) bad(`${where} must be a mapping`);
  known(v, ['id', 'title', 'severity', 'regex', 'flags', 'secretGroup', 'entropy', 'keywords', 'path', 'docs', 'tags', 'allowlists'], where);
  if (typeof v.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(v.id)) bad(`${where}.id must be kebab-case`);
  const w = `rule ${v.id}`;
  const out: CustomRuleConfig = { id: v.id };
  if (v.title !== undefined) out.title = String(v.title);
  if (v.severity !== undefined) {
    if (!SEVERITIES.includes(v.severity as Severity)) bad(`${w}.severity must be one of ${SEVERITIES.join(', ')}`);
    out.severity = v.severity as Severity;
  }
  if (v.regex !== undefined) out.regex = pattern(v.regex, v.flags, `${w}.regex`);
  if (v.path !== undefined) out.path = pattern(v.path, undefined, `${w}.path`);
  if (!out.regex && !out.path) bad(`${w} needs a regex or a path`);
  if (v.secretGroup !== undefined) {
    if (typeof v.secretGroup !== 'number' || !Number.isInteger(v.secretGroup) || v.secretGroup < 0) bad(`${w}.secretGroup must be a non-negative integer`);
    out.secretGroup = v.secretGroup;
  }
  if (v.entropy !== undefined) {
    if (typeof v.entropy !== 'number' || v.entropy < 0 || v.entropy > 8) bad(`${w}.entropy must be a number of bits per character (0–8)`);
    out.entropy = v.entropy;
  }
  const keywords = strings(v.keywords, `${w}.keywords`).map((k) => k.toLowerCase());
  if (keywords.length > 0) out.keywords = keywords;
  if (v.docs !== undefined) out.docs = String(v.docs);
  const tags = strings(v.tags, `${w}.tags`);
  if (tags.length > 0) out.tags = tags;
  if (v.allowlists !== undefined) {
    if (!Array.isArray(v.allowlists)) bad(`${w}.allowlists must be a list`);
    out.allowlists = v.allowlists.map((a, i) => allowlist(a, `${w}.allowlists[${i}]`));
  }
  return out;
}

/** Validate an already parsed `secret:` value (for a caller that parsed palisade.yaml itself). */
export function parseSecretConfig(section: unknown): SecretDetectorConfig {
  if (section === undefined || section === null) return {};
  if (!isObj(section)) bad('must be a mapping');
  known(section, ['extendDefault', 'disabledRules', 'keepFixtureSeverity', 'rules', 'allowlists'], 'secret');
  const out: SecretDetectorConfig = {};
  if (section.extendDefault !== undefined) {
    if (typeof section.extendDefault !== 'boolean') bad('extendDefault must be true or false');
    out.extendDefault = section.extendDefault;
  }
  if (section.keepFixtureSeverity !== undefined) {
    if (typeof section.keepFixtureSeverity !== 'boolean') bad('keepFixtureSeverity must be true or false');
    out.keepFixtureSeverity = section.keepFixtureSeverity;
  }
  const disabled = strings(section.disabledRules, 'disabledRules');
  if (disabled.length > 0) out.disabledRules = disabled;
  if (section.rules !== undefined) {
    if (!Array.isArray(section.rules)) bad('rules must be a list');
    out.rules = section.rules.map((r, i) => rule(r, `rules[${i}]`));
    const ids = new Set<string>();
    for (const r of out.rules) {
      if (ids.has(r.id)) bad(`rule id ${r.id} is defined twice`);
      ids.add(r.id);
    }
  }
  if (section.allowlists !== undefined) {
    if (!Array.isArray(section.allowlists)) bad('allowlists must be a list');
    out.allowlists = section.allowlists.map((a, i) => allowlist(a, `allowlists[${i}]`));
  }
  return out;
}

/** Read the `secret:` section of a palisade.yaml text; {} when the section is absent. */
export function loadSecretConfigYaml(text: string): SecretDetectorConfig {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (err) {
    throw new PalisadeError('secret-config', `palisade.yaml: not valid YAML: ${(err as Error).message}`, { cause: err });
  }
  if (doc === null || doc === undefined) return {};
  if (!isObj(doc)) bad('palisade.yaml must be a mapping');
  return parseSecretConfig(doc.secret);
}
