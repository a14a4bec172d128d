import { decodeText } from '../../core/text.js';
import type { Analyzer } from '../types.js';
import { dirnamePosix } from '../shared/npm.js';
import { parseNpmLock } from './parse.js';

export const npmLock: Analyzer = {
  id: 'npm-lock',
  version: 1,
  // node_modules/.package-lock.json and lockfiles shipped inside installed packages describe
  // someone else's install, not this project's.
  claims: { names: ['package-lock.json', 'npm-shrinkwrap.json'], exclude: [/(^|\/)node_modules\//] },
  async analyze({ path, text, siblings }) {
    const dir = dirnamePosix(path);
    const near = (name: string) => (dir ? `${dir}/${name}` : name);
    // npm ignores package-lock.json when npm-shrinkwrap.json sits beside it
    // (https://docs.npmjs.com/cli/v10/configuring-npm/npm-shrinkwrap-json), so only the latter is read.
    if (path.endsWith('package-lock.json') && (await siblings.readFile(near('npm-shrinkwrap.json'))) !== undefined) {
      return {
        diagnostics: [
          { level: 'info', code: 'superseded', message: 'npm-shrinkwrap.json in the same folder takes precedence; package-lock.json skipped' },
        ],
      };
    }
    const source = text();
    // v1 files do not record the root's declared dependencies; the package.json beside them does
    // (v2+ files ignore it and use their own packages[""]).
    let manifest: unknown;
    const bytes = await siblings.readFile(near('package.json'));
    if (bytes) {
      try {
        manifest = JSON.parse(decodeText(bytes));
      } catch {
        manifest = undefined;
      }
    }
    return { packages: parseNpmLock(source, { path, foundBy: 'npm-lock', manifest }) };
  },
};
