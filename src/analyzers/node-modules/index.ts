import type { Analyzer } from '../types.js';
import { parseInstalledManifest } from './parse.js';

/**
 * The manifest right inside an installed package folder, at any nesting depth:
 *   node_modules/a/package.json, node_modules/@s/b/package.json, node_modules/a/node_modules/@s/b/package.json,
 *   and pnpm's store node_modules/.pnpm/<id>/node_modules/<name>/package.json.
 * Every folder between the first node_modules and the manifest must be a package folder or a
 * node_modules folder, so fixtures inside a package (node_modules/a/test/fixtures/x/package.json) and
 * nested copies that are not installs (node_modules/a/test/node_modules/b/package.json) are left out.
 */
const SEGMENT = String.raw`(?:@[^/]+/[^/]+|[^/.@][^/]*)`;
const INSTALLED = new RegExp(
  String.raw`^(?:(?!node_modules/)[^/]+/)*node_modules/(?:\.pnpm/[^/]+/node_modules/)?(?:${SEGMENT}/node_modules/)*${SEGMENT}/package\.json$`,
);

export const nodeModules: Analyzer = {
  id: 'node-modules',
  version: 1,
  claims: { patterns: [INSTALLED] },
  analyze: ({ path, text }) => ({ packages: parseInstalledManifest(text(), path, 'node-modules') }),
};

export { INSTALLED as INSTALLED_MANIFEST };
