import { manifestRoots, readPyproject } from '../shared/python.js';
import type { Analyzer } from '../types.js';
import { parsePoetryLock } from './parse.js';

export const poetryLock: Analyzer = {
  id: 'poetry-lock',
  version: 1,
  claims: { names: ['poetry.lock'] },
  async analyze({ path, text, siblings }) {
    // Direct (and, for lock-version 2.0, dev) comes from the pyproject.toml beside the lockfile.
    const pyproject = await readPyproject(siblings, path);
    return {
      packages: parsePoetryLock(
        text(),
        path,
        'poetry-lock',
        pyproject ? manifestRoots(pyproject) : undefined,
      ),
    };
  },
};
