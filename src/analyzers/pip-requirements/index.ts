import type { Package, UnpinnedRequirement } from '../../core/model.js';
import { decodeText } from '../../core/text.js';
import { makePackage } from '../shared/package.js';
import type { Analyzer, AnalyzerOutput, Siblings } from '../types.js';
import { isDevRequirementsFile, parseRequirements } from './parse.js';

const ID = 'pip-requirements';
/** Nested -r chains deeper than this are a cycle we failed to see or a hostile tree. */
const MAX_INCLUDE_DEPTH = 16;

const REQUIREMENTS_NAME = /(^|\/)(requirements[^/]*|[^/]*[-_.]requirements|constraints[^/]*)\.txt$/i;
const CONSTRAINTS_NAME = /(^|\/)constraints[^/]*\.txt$/i;
const REQUIREMENTS_DIR = /(^|\/)requirements\/[^/]+\.txt$/i;

function isClaimed(path: string): boolean {
  return REQUIREMENTS_NAME.test(path) || REQUIREMENTS_DIR.test(path);
}

/** Resolve an include relative to the including file's directory; undefined when it leaves the target. */
function resolveInclude(from: string, target: string): string | undefined {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(target) || target.startsWith('/')) return undefined;
  const parts = from.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join('/');
}

async function collect(
  path: string,
  text: string,
  siblings: Siblings,
  dev: boolean,
  constraint: boolean,
  visited: Set<string>,
  depth: number,
  out: Required<Pick<AnalyzerOutput, 'packages' | 'unpinned' | 'diagnostics'>>,
): Promise<void> {
  const parsed = parseRequirements(text);
  const isDev = dev || isDevRequirementsFile(path);
  // Constraints only pin versions of whatever else gets installed: not declared by the project.
  const isConstraint = constraint || CONSTRAINTS_NAME.test(path);
  for (const r of parsed.requirements) {
    if (r.version !== undefined) {
      out.packages.push(
        makePackage({
          name: r.name,
          version: r.version,
          ecosystem: 'PyPI',
          path,
          line: r.line,
          endLine: r.endLine,
          foundBy: ID,
          direct: !isConstraint,
          dev: isDev,
        }),
      );
    } else {
      const u: UnpinnedRequirement = {
        name: r.name,
        ecosystem: 'PyPI',
        specifier: r.specifier,
        location: { path, startLine: r.line, endLine: r.endLine },
        foundBy: ID,
      };
      out.unpinned.push(u);
    }
  }
  for (const inc of parsed.includes) {
    const target = resolveInclude(path, inc.target);
    // Included files this analyzer claims on its own are reported when the walk reaches them.
    if (!target || visited.has(target) || isClaimed(target)) continue;
    visited.add(target);
    if (depth >= MAX_INCLUDE_DEPTH) {
      out.diagnostics.push({
        level: 'warning',
        code: 'include-depth',
        message: `requirements includes nested deeper than ${MAX_INCLUDE_DEPTH}: ${target} not read`,
        path,
      });
      continue;
    }
    const bytes = await siblings.readFile(target);
    if (!bytes) {
      out.diagnostics.push({
        level: 'info',
        code: 'include-missing',
        message: `included file ${inc.target} (line ${inc.line}) not found`,
        path,
      });
      continue;
    }
    await collect(
      target,
      decodeText(bytes),
      siblings,
      isDev,
      isConstraint || inc.kind === 'constraint',
      visited,
      depth + 1,
      out,
    );
  }
}

export const pipRequirements: Analyzer = {
  id: ID,
  version: 1,
  claims: { patterns: [REQUIREMENTS_NAME, REQUIREMENTS_DIR] },
  async analyze({ path, text, siblings }) {
    const out = {
      packages: [] as Package[],
      unpinned: [] as UnpinnedRequirement[],
      diagnostics: [] as NonNullable<AnalyzerOutput['diagnostics']>,
    };
    await collect(path, text(), siblings, false, false, new Set([path]), 0, out);
    return out;
  },
};
