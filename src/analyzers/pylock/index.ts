import { manifestRoots, readPyproject } from '../shared/python.js';
import type { Analyzer } from '../types.js';
import { parsePylock } from './parse.js';

export const pylock: Analyzer = {
  id: 'pylock',
  version: 1,
  // PEP 751: `pylock.toml`, or `pylock.<name>.toml` for named lock files.
  claims: { patterns: [/(^|\/)pylock(\.[^/.]+)?\.toml$/] },
  async analyze({ path, text, siblings }) {
    const pyproject = await readPyproject(siblings, path);
    return {
      packages: parsePylock(text(), path, 'pylock', pyproject ? manifestRoots(pyproject) : undefined),
    };
  },
};
