/**
 * Pipfile.lock (JSON, written by pipenv; "pipfile-spec": 6). Format:
 * https://github.com/pypa/pipfile#pipfilelock and https://pipenv.pypa.io/en/latest/pipfile.html
 *   { "_meta": {…}, "default": { "<name>": { "version": "==1.2.3", "hashes": […], "markers": "…" } },
 *     "develop": { … } }
 * `default` holds the runtime set and `develop` the dev set, both fully resolved (direct and
 * transitive); the lock records no graph. VCS/path entries (`git`, `path`, `file`) have no version and
 * are skipped. Which names are direct comes from the Pipfile ([packages], [dev-packages]).
 */
import type { Package } from '../../core/model.js';
import { normalizePypiName } from '../../core/purl.js';
import { lineLocator, makePackage } from '../shared/package.js';
import { isTable, str } from '../shared/python.js';

export interface PipfileRoots {
  names: Set<string>;
}

function sectionStart(text: string, section: string): number {
  const m = new RegExp(`"${section}"\\s*:\\s*\\{`).exec(text);
  return m ? m.index + m[0].length : -1;
}

export function parsePipfileLock(
  text: string,
  path: string,
  foundBy: string,
  roots?: PipfileRoots,
): Package[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new Error(`invalid JSON in Pipfile.lock: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!isTable(doc)) throw new Error('Pipfile.lock is not a JSON object');
  const loc = lineLocator(text);
  const found = new Map<string, Package>();
  // `default` first: a package locked in both sections at the same version is a runtime package.
  for (const section of ['default', 'develop'] as const) {
    const entries = doc[section];
    if (!isTable(entries)) continue;
    // JSON.parse keeps key order, so each entry's key is the next occurrence after the previous one.
    let from = sectionStart(text, section);
    for (const [name, entry] of Object.entries(entries)) {
      const hit =
        from >= 0
          ? (loc.find(`${JSON.stringify(name)}:`, from) ?? loc.find(`${JSON.stringify(name)} :`, from))
          : undefined;
      if (hit) from = hit.offset + 1;
      if (!isTable(entry)) continue;
      const raw = str(entry.version);
      if (!raw) continue;
      const version = raw.replace(/^===?\s*/, '').trim();
      if (!version || version === '*') continue;
      const key = `${normalizePypiName(name)}@${version}`;
      if (found.has(key)) continue;
      found.set(
        key,
        makePackage({
          name,
          version,
          ecosystem: 'PyPI',
          path,
          line: hit?.line,
          foundBy,
          direct: roots ? roots.names.has(normalizePypiName(name)) : undefined,
          dev: section === 'develop',
        }),
      );
    }
  }
  return [...found.values()];
}
