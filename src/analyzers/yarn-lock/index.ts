import type { Analyzer } from '../types.js';
import { dirOf, joinPath, parseManifest, type Manifest } from '../shared/js-lockfile.js';
import { buildPackages, parseYarnLock } from './parse.js';

export const yarnLock: Analyzer = {
  id: 'yarn-lock',
  version: 1,
  claims: { names: ['yarn.lock'], exclude: [/(^|\/)node_modules\//] },
  async analyze({ path, text, siblings }) {
    const lock = parseYarnLock(text());
    const dir = dirOf(path);
    const rootManifest = parseManifest(await siblings.readFile(joinPath(dir, 'package.json')));
    const diagnostics = lock.diagnostics.map((d) => ({ ...d, path, analyzer: 'yarn-lock' }));
    if (lock.kind === 'berry') {
      // Berry records every workspace's folder in its `workspace:` resolution.
      const berryWorkspaces = new Map<string, Manifest | undefined>();
      for (const e of lock.entries) {
        if (e.workspace === undefined || berryWorkspaces.has(e.workspace)) continue;
        const m = e.workspace === '.' || e.workspace === '' ? rootManifest : parseManifest(await siblings.readFile(joinPath(dir, e.workspace, 'package.json')));
        berryWorkspaces.set(e.workspace, m);
      }
      return { packages: buildPackages(lock, { path, foundBy: 'yarn-lock', berryWorkspaces }), diagnostics };
    }
    // Classic does not record workspaces: read the ones the root names literally; a glob cannot be
    // expanded through siblings.readFile, so packages only such workspaces declare keep direct unknown.
    const workspaceManifests: Manifest[] = [];
    let incompleteWorkspaces = false;
    for (const ws of rootManifest?.workspaces ?? []) {
      const m = /[*?[{!]/.test(ws) ? undefined : parseManifest(await siblings.readFile(joinPath(dir, ws, 'package.json')));
      if (m) workspaceManifests.push(m);
      else incompleteWorkspaces = true;
    }
    return {
      packages: buildPackages(lock, { path, foundBy: 'yarn-lock', rootManifest, workspaceManifests, incompleteWorkspaces }),
      diagnostics,
    };
  },
};
