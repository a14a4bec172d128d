/**
 * The package.json of an installed npm package (node_modules/<name>/package.json or
 * node_modules/@scope/<name>/package.json), https://docs.npmjs.com/cli/v10/configuring-npm/package-json.
 * Only `name` and `version` identify the package; `license` (or the deprecated `licenses` array) is kept.
 */
import type { Package } from '../../core/model.js';
import { lineIndex } from '../../core/text.js';
import { isObject, parseJsonWithPositions } from '../shared/json-positions.js';
import { manifestLicenses } from '../shared/npm.js';
import { makePackage } from '../shared/package.js';

/**
 * Manifests that live in node_modules-shaped folders but are not npm packages: VS Code extension
 * manifests (https://code.visualstudio.com/api/references/extension-manifest: `contributes`,
 * `engines.vscode`) and Unity UPM packages (https://docs.unity3d.com/Manual/upm-manifestPkg.html:
 * `unity`), whose names and versions belong to other registries.
 */
function isForeignManifest(m: Record<string, unknown>): boolean {
  if (typeof m['unity'] === 'string') return true;
  if (isObject(m['contributes'])) return true;
  return isObject(m['engines']) && typeof m['engines']['vscode'] === 'string';
}

export function parseInstalledManifest(text: string, path: string, foundBy: string): Package[] {
  // Manifests are small; a shallow cap keeps a hostile one from recursing deeply.
  const { value, spans } = parseJsonWithPositions(text, { maxDepth: 64 });
  if (!isObject(value)) throw new Error('package.json is not a JSON object');
  const name = value['name'];
  const version = value['version'];
  if (typeof name !== 'string' || !name.trim() || typeof version !== 'string' || !version.trim()) return [];
  if (isForeignManifest(value)) return [];
  const span = spans.get(value)!;
  const lineAt = lineIndex(text);
  return [
    makePackage({
      name: name.trim(),
      version: version.trim(),
      ecosystem: 'npm',
      path,
      line: lineAt(span.start),
      endLine: lineAt(span.end - 1),
      foundBy,
      licenses: manifestLicenses(value),
    }),
  ];
}
