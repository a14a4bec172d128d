/**
 * ScanConfig: defaults < palisade.yaml < PALISADE_* environment < command-line flags.
 * The config file uses the same keys as the long flags (kebab-case, e.g. `skip-dirs`), optionally
 * nested under the command name (`scan:` / `sbom:`) as Trivy users expect.
 */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { PalisadeError, errorMessage } from '../core/errors.js';
import { SEVERITIES, type Severity } from '../core/model.js';

export const SCAN_FORMATS = [
  'table',
  'json',
  'sarif',
  'cyclonedx',
  'spdx',
  'html',
  'openvex',
  'cyclonedx-vex',
  'junit',
  'markdown',
  'gitlab-sast',
  'gitlab-secret-detection',
  'gitlab-dependency-scanning',
] as const;
export const SBOM_FORMATS = ['cyclonedx', 'spdx', 'json'] as const;
export type OutputFormat = (typeof SCAN_FORMATS)[number];

/** Detectors that later issues add; naming one now is a clear usage error rather than a silent no-op. */
export const PLANNED_SCANNERS = ['vuln', 'secret', 'misconfig', 'sast', 'license'] as const;
/** Detectors this build ships (the inventory always runs). */
export const AVAILABLE_SCANNERS: readonly string[] = ['vuln', 'secret', 'misconfig'];

export interface ScanConfig {
  target: string;
  format: OutputFormat;
  output?: string;
  scanners: string[];
  /** false when the user named no scanners: the CLI then picks what can run (vuln when a database exists). */
  scannersExplicit: boolean;
  dbPath?: string;
  online: boolean;
  ignoreUnfixed: boolean;
  dbMaxAgeDays: number;
  /** File with custom secret rules: palisade YAML (a `secret:` section or the section's content) or a gitleaks TOML. */
  secretConfigFile?: string;
  /** The `secret:` section of palisade.yaml. */
  secretSection?: Record<string, unknown>;
  /** Folder of custom misconfiguration checks (YAML + CEL). */
  checksDir?: string;
  skipDirs: string[];
  skipFiles: string[];
  exitCode: number;
  severity: Severity[];
  excludeDev: boolean;
  maxFileSize: number;
  quiet: boolean;
  debug: boolean;
  progress: boolean;
  /** CI gate (docs/ci/gate.md): which findings fail the build, a severity list or a CEL expression. */
  failOn?: string;
  /** Explicit ignore file (otherwise .palisadeignore.yaml in the target and the working folder). */
  ignoreFile?: string;
  /** VEX documents (OpenVEX or CycloneDX) whose decisions suppress vulnerability findings. */
  vex: string[];
  /** A previous JSON report or SARIF file: findings already in it are not reported. */
  baseline?: string;
  /** A git revision whose scan is the baseline. */
  baselineGit?: string;
  /** Extra outputs of the same run (`--report sarif=palisade.sarif`). */
  reports: { format: OutputFormat; file: string }[];
}

/** Keys accepted in palisade.yaml and PALISADE_* variables, with their type. */
const KEYS = {
  format: 'string',
  output: 'string',
  scanners: 'list',
  'skip-dirs': 'list',
  'skip-files': 'list',
  'exit-code': 'number',
  severity: 'list',
  'exclude-dev': 'boolean',
  'max-file-size': 'number',
  quiet: 'boolean',
  debug: 'boolean',
  progress: 'boolean',
  'db-path': 'string',
  online: 'boolean',
  'ignore-unfixed': 'boolean',
  'db-max-age': 'number',
  'fail-on': 'string',
  'ignore-file': 'string',
  vex: 'list',
  baseline: 'string',
  'baseline-git': 'string',
  report: 'list',
  'secret-config': 'string',
  checks: 'string',
  /** palisade.yaml only: custom secret rules and allowlists (docs/secrets.md). */
  secret: 'object',
} as const;
type Key = keyof typeof KEYS;
export type RawConfig = Partial<Record<Key, string | number | boolean | string[] | Record<string, unknown>>>;

function coerce(key: Key, value: unknown, source: string): string | number | boolean | string[] | Record<string, unknown> {
  const kind = KEYS[key];
  const bad = () => new PalisadeError('bad-config', `${source}: '${key}' must be a ${kind}, got ${JSON.stringify(value)}`);
  switch (kind) {
    case 'string':
      if (typeof value !== 'string') throw bad();
      return value;
    case 'number': {
      const n = typeof value === 'string' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw bad();
      return n;
    }
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === '1') return true;
      if (value === 'false' || value === '0') return false;
      throw bad();
    case 'object':
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad();
      return value as Record<string, unknown>;
    case 'list':
      if (typeof value === 'string') return splitList(value);
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
      throw bad();
  }
}

export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function normalizeKey(key: string): string {
  return key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()).replace(/_/g, '-');
}

/** Read palisade.yaml. `required` makes a missing file an error (explicit --config). */
export async function loadConfigFile(file: string, command: string, required: boolean): Promise<RawConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if (!required && (err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new PalisadeError('bad-config', `cannot read config ${file}: ${errorMessage(err)}`, { cause: err });
  }
  let doc: unknown;
  try {
    doc = parseYaml(text, { maxAliasCount: 50 }) ?? {};
  } catch (err) {
    throw new PalisadeError('bad-config', `${file}: invalid YAML: ${errorMessage(err)}`, { cause: err });
  }
  if (typeof doc !== 'object' || Array.isArray(doc)) throw new PalisadeError('bad-config', `${file}: expected a mapping of options`);
  const raw: RawConfig = {};
  const apply = (obj: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(obj)) {
      if ((k === 'scan' || k === 'sbom') && typeof v === 'object' && v !== null) continue;
      const key = normalizeKey(k);
      if (!(key in KEYS)) throw new PalisadeError('bad-config', `${file}: unknown option '${k}' (known: ${Object.keys(KEYS).join(', ')})`);
      raw[key as Key] = coerce(key as Key, v, file);
    }
  };
  const record = doc as Record<string, unknown>;
  apply(record);
  const section = record[command];
  if (section && typeof section === 'object' && !Array.isArray(section)) apply(section as Record<string, unknown>);
  return raw;
}

/** PALISADE_FORMAT, PALISADE_SKIP_DIRS, … (same keys as the flags). */
export function configFromEnv(env: NodeJS.ProcessEnv): RawConfig {
  const raw: RawConfig = {};
  for (const key of Object.keys(KEYS) as Key[]) {
    if (KEYS[key] === 'object') continue;
    const name = 'PALISADE_' + key.toUpperCase().replace(/-/g, '_');
    const value = env[name];
    if (value !== undefined && value !== '') raw[key] = coerce(key, value, name);
  }
  return raw;
}

/** Merge layers (later wins) and validate into a ScanConfig. */
export function resolveConfig(target: string, command: 'scan' | 'sbom', layers: RawConfig[]): ScanConfig {
  const m: RawConfig = Object.assign({}, ...layers);
  const formats: readonly string[] = command === 'sbom' ? SBOM_FORMATS : SCAN_FORMATS;
  const format = (m.format as string | undefined) ?? (command === 'sbom' ? 'cyclonedx' : 'table');
  if (!formats.includes(format)) {
    throw new PalisadeError('usage', `unknown format '${format}' for ${command} (choose from: ${formats.join(', ')})`);
  }
  const scanners = (m.scanners as string[] | undefined) ?? [];
  for (const s of scanners) {
    if (AVAILABLE_SCANNERS.includes(s)) continue;
    if ((PLANNED_SCANNERS as readonly string[]).includes(s)) {
      throw new PalisadeError('usage', `scanner '${s}' is not available in this version yet (the dependency inventory always runs)`);
    }
    throw new PalisadeError('usage', `unknown scanner '${s}' (known: ${PLANNED_SCANNERS.join(', ')})`);
  }
  const reports = ((m.report as string[] | undefined) ?? []).map((spec) => {
    const eq = spec.indexOf('=');
    const kind = eq > 0 ? spec.slice(0, eq).trim() : '';
    const file = eq > 0 ? spec.slice(eq + 1).trim() : '';
    if (kind === '' || file === '')
      throw new PalisadeError(
        'usage',
        `--report takes FORMAT=FILE (e.g. sarif=palisade.sarif), got '${spec}'`,
      );
    if (!formats.includes(kind))
      throw new PalisadeError(
        'usage',
        `unknown format '${kind}' in --report ${spec} (choose from: ${formats.join(', ')})`,
      );
    return { format: kind as OutputFormat, file };
  });
  const severity = ((m.severity as string[] | undefined) ?? [...SEVERITIES]).map((s) => s.toLowerCase());
  for (const s of severity) {
    if (!(SEVERITIES as readonly string[]).includes(s)) {
      throw new PalisadeError('usage', `unknown severity '${s}' (choose from: ${SEVERITIES.join(', ')})`);
    }
  }
  return {
    target,
    format: format as OutputFormat,
    output: m.output as string | undefined,
    scanners,
    scannersExplicit: m.scanners !== undefined,
    dbPath: m['db-path'] as string | undefined,
    online: (m.online as boolean | undefined) ?? false,
    ignoreUnfixed: (m['ignore-unfixed'] as boolean | undefined) ?? false,
    dbMaxAgeDays: (m['db-max-age'] as number | undefined) ?? 7,
    secretConfigFile: m['secret-config'] as string | undefined,
    secretSection: m.secret as Record<string, unknown> | undefined,
    checksDir: m.checks as string | undefined,
    skipDirs: (m['skip-dirs'] as string[] | undefined) ?? [],
    skipFiles: (m['skip-files'] as string[] | undefined) ?? [],
    // --fail-on exists to fail the build: without --exit-code it exits 1 (docs/ci/gate.md).
    exitCode: (m['exit-code'] as number | undefined) ?? (m['fail-on'] !== undefined ? 1 : 0),
    severity: severity as Severity[],
    excludeDev: (m['exclude-dev'] as boolean | undefined) ?? false,
    maxFileSize: (m['max-file-size'] as number | undefined) ?? 100 * 1024 * 1024,
    quiet: (m.quiet as boolean | undefined) ?? false,
    debug: (m.debug as boolean | undefined) ?? false,
    progress: (m.progress as boolean | undefined) ?? true,
    failOn: m['fail-on'] as string | undefined,
    ignoreFile: m['ignore-file'] as string | undefined,
    vex: (m.vex as string[] | undefined) ?? [],
    baseline: m.baseline as string | undefined,
    baselineGit: m['baseline-git'] as string | undefined,
    reports,
  };
}
