/**
 * Reads an existing gitleaks configuration (https://github.com/gitleaks/gitleaks#configuration, v8)
 * unchanged into a SecretDetectorConfig: `title`, `[extend] useDefault`/`disabledRules`, `[[rules]]`
 * (id, description, regex, secretGroup, entropy, keywords, path, tags, `[rules.allowlist]` and
 * `[[rules.allowlists]]`), and the global `[allowlist]` / `[[allowlists]]` (with `targetRules`).
 * Regexes are Go RE2 and translated by translateRe2. Composite rules (`[[rules.required]]`) run as
 * plain rules. `[extend] path` (another file) cannot be followed by a pure loader and is rejected.
 */
import { parse } from 'smol-toml';
import { PalisadeError } from '../../../core/errors.js';
import type { AllowlistConfig, CustomRuleConfig, PatternSource, SecretDetectorConfig } from './config.js';
import { translateRe2 } from './re2.js';

type Table = Record<string, unknown>;

function bad(message: string): never {
  throw new PalisadeError('secret-config', `gitleaks config: ${message}`);
}

function isTable(v: unknown): v is Table {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function strings(v: unknown, where: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) bad(`${where} must be a list of strings`);
  return v as string[];
}

function re(v: unknown, where: string): PatternSource {
  if (typeof v !== 'string') bad(`${where} must be a string`);
  try {
    return translateRe2(v);
  } catch (err) {
    bad(`${where}: ${(err as Error).message}`);
  }
}

function allowlist(t: unknown, where: string): AllowlistConfig {
  if (!isTable(t)) bad(`${where} must be a table`);
  const out: AllowlistConfig = {};
  if (typeof t.description === 'string') out.description = t.description;
  if (t.condition !== undefined) {
    const c = String(t.condition).toUpperCase();
    if (c !== 'OR' && c !== 'AND') bad(`${where}.condition must be OR or AND`);
    out.condition = c;
  }
  if (t.regexTarget !== undefined) {
    if (t.regexTarget !== 'secret' && t.regexTarget !== 'match' && t.regexTarget !== 'line') bad(`${where}.regexTarget must be secret, match or line`);
    out.regexTarget = t.regexTarget;
  }
  const regexes = strings(t.regexes, `${where}.regexes`).map((r, i) => re(r, `${where}.regexes[${i}]`));
  if (regexes.length > 0) out.regexes = regexes;
  const paths = strings(t.paths, `${where}.paths`).map((r, i) => re(r, `${where}.paths[${i}]`));
  if (paths.length > 0) out.paths = paths;
  const stopwords = strings(t.stopwords, `${where}.stopwords`);
  if (stopwords.length > 0) out.stopwords = stopwords;
  const commits = strings(t.commits, `${where}.commits`);
  if (commits.length > 0) out.commits = commits;
  return out;
}

function allowlists(single: unknown, many: unknown, where: string): AllowlistConfig[] {
  const out: AllowlistConfig[] = [];
  if (single !== undefined) out.push(allowlist(single, `${where}.allowlist`));
  if (many !== undefined) {
    if (!Array.isArray(many)) bad(`${where}.allowlists must be an array of tables`);
    many.forEach((a, i) => out.push(allowlist(a, `${where}.allowlists[${i}]`)));
  }
  return out;
}

/** Parse gitleaks TOML text. Throws PalisadeError (code `secret-config`) with the offending key. */
export function loadGitleaksToml(text: string): SecretDetectorConfig & { title?: string } {
  let doc: Table;
  try {
    doc = parse(text) as Table;
  } catch (err) {
    throw new PalisadeError('secret-config', `gitleaks config: not valid TOML: ${(err as Error).message}`, { cause: err });
  }
  const out: SecretDetectorConfig & { title?: string } = {};
  if (typeof doc.title === 'string') out.title = doc.title;
  // Without [extend], a gitleaks config replaces the default rules.
  out.extendDefault = false;
  if (doc.extend !== undefined) {
    if (!isTable(doc.extend)) bad('[extend] must be a table');
    if (doc.extend.path !== undefined) bad('[extend] path (another config file) is not supported: merge that file into this one');
    out.extendDefault = doc.extend.useDefault === true;
    const disabled = strings(doc.extend.disabledRules, '[extend].disabledRules');
    if (disabled.length > 0) out.disabledRules = disabled;
  }
  const rules: CustomRuleConfig[] = [];
  const rawRules = doc.rules ?? [];
  if (!Array.isArray(rawRules)) bad('rules must be an array of tables ([[rules]])');
  rawRules.forEach((r: unknown, i) => {
    const where = `rules[${i}]`;
    if (!isTable(r)) bad(`${where} must be a table`);
    if (typeof r.id !== 'string' || r.id === '') bad(`${where}.id is required`);
    const w = `rule ${r.id}`;
    const rule: CustomRuleConfig = { id: r.id, title: typeof r.description === 'string' && r.description !== '' ? r.description : r.id };
    if (r.regex !== undefined) rule.regex = re(r.regex, `${w}.regex`);
    if (r.path !== undefined) rule.path = re(r.path, `${w}.path`);
    if (!rule.regex && !rule.path) bad(`${w} needs a regex or a path`);
    if (r.secretGroup !== undefined) {
      if (typeof r.secretGroup !== 'number' || !Number.isInteger(r.secretGroup) || r.secretGroup < 0) bad(`${w}.secretGroup must be a non-negative integer`);
      // gitleaks: 0 means "first non-empty group"; the engine does that when secretGroup is unset.
      if (r.secretGroup > 0) rule.secretGroup = r.secretGroup;
    }
    if (r.entropy !== undefined) {
      if (typeof r.entropy !== 'number') bad(`${w}.entropy must be a number`);
      rule.entropy = r.entropy;
    }
    const keywords = strings(r.keywords, `${w}.keywords`).map((k) => k.toLowerCase());
    if (keywords.length > 0) rule.keywords = keywords;
    const tags = strings(r.tags, `${w}.tags`);
    if (tags.length > 0) rule.tags = tags;
    const al = allowlists(r.allowlist, r.allowlists, w);
    if (al.length > 0) rule.allowlists = al;
    rules.push(rule);
  });
  // Global allowlists; those with targetRules apply only to the rules they name.
  const global: AllowlistConfig[] = [];
  const add = (t: unknown, where: string): void => {
    const a = allowlist(t, where);
    const targets = isTable(t) ? strings(t.targetRules, `${where}.targetRules`) : [];
    if (targets.length === 0) {
      global.push(a);
      return;
    }
    for (const id of targets) {
      const rule = rules.find((x) => x.id === id);
      if (!rule) bad(`${where}.targetRules names unknown rule ${id}`);
      (rule.allowlists ??= []).push(a);
    }
  };
  if (doc.allowlist !== undefined) add(doc.allowlist, '[allowlist]');
  if (doc.allowlists !== undefined) {
    if (!Array.isArray(doc.allowlists)) bad('allowlists must be an array of tables ([[allowlists]])');
    doc.allowlists.forEach((a: unknown, i) => add(a, `allowlists[${i}]`));
  }
  if (rules.length > 0) out.rules = rules;
  if (global.length > 0) out.allowlists = global;
  return out;
}
