/**
 * CVSS vectors as found in OSV `severity[]` (https://ossf.github.io/osv-schema/#severity-field), parsed and
 * scored with ae-cvss-calculator (FIRST's formulas for v2.0, v3.0, v3.1 and v4.0), and the qualitative
 * rating of a base score (CVSS v3.1 spec §5, v4.0 spec §6: None 0.0, Low 0.1–3.9, Medium 4.0–6.9,
 * High 7.0–8.9, Critical 9.0–10.0).
 */
import cvssCalculator from 'ae-cvss-calculator';
import type { Severity } from '../../../core/model.js';

// The package is a CommonJS webpack bundle: Node exposes only its default export to ESM.
const { fromVector } = cvssCalculator;

export type CvssVersion = '2.0' | '3.0' | '3.1' | '4.0';

export interface CvssScore {
  version: CvssVersion;
  vector: string;
  /** Base score, 0.0–10.0. */
  score: number;
}

const VERSIONS: Record<string, CvssVersion> = {
  'CVSS:2.0': '2.0',
  'CVSS:3.0': '3.0',
  'CVSS:3.1': '3.1',
  'CVSS:4.0': '4.0',
};

const memo = new Map<string, CvssScore | null>();

/**
 * The base score of a vector, or undefined when the string is not a complete, valid CVSS vector
 * (unknown metric values, missing base metrics). Pure; memoised because the same vectors recur in
 * every scan.
 */
export function scoreCvss(vector: string): CvssScore | undefined {
  const key = vector.trim();
  let hit = memo.get(key);
  if (hit === undefined) {
    hit = computeScore(key);
    memo.set(key, hit);
  }
  return hit ?? undefined;
}

function computeScore(vector: string): CvssScore | null {
  let parsed: { getVectorName(): string; calculateScores(): { base?: number } } | null;
  try {
    parsed = fromVector(vector);
  } catch {
    return null; // unknown metric value, e.g. `AC:Q`
  }
  if (!parsed) return null;
  const version = VERSIONS[parsed.getVectorName()];
  if (version === undefined) return null;
  let base: number | undefined;
  try {
    base = parsed.calculateScores().base;
  } catch {
    return null;
  }
  // An incomplete vector (a base metric missing) scores as `undefined`, not as a number.
  if (typeof base !== 'number' || !Number.isFinite(base)) return null;
  return { version, vector, score: base };
}

/** Qualitative rating of a base score; a score of 0.0 ("None") maps to `info`. */
export function severityFromScore(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'info';
}

/**
 * The free-text severities of advisory databases: GitHub's `database_specific.severity`
 * (LOW / MODERATE / HIGH / CRITICAL) and the `ecosystem_specific.severity` some databases use.
 * Case-insensitive; undefined for anything else.
 */
export function severityFromLabel(label: unknown): Severity | undefined {
  if (typeof label !== 'string') return undefined;
  switch (label.trim().toLowerCase()) {
    case 'critical':
      return 'critical';
    case 'high':
    case 'important': // Red Hat's word for high
      return 'high';
    case 'moderate':
    case 'medium':
      return 'medium';
    case 'low':
      return 'low';
    case 'none':
    case 'negligible':
    case 'info':
    case 'informational':
      return 'info';
    default:
      return undefined;
  }
}
