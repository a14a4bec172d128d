import { normalizePypiName } from '../../core/purl.js';
import { decodeText } from '../../core/text.js';
import { isTable, parseToml } from '../shared/python.js';
import type { Analyzer } from '../types.js';
import { parsePipfileLock, type PipfileRoots } from './parse.js';

/** Names declared in the Pipfile beside the lock ([packages] and [dev-packages]); undefined when absent. */
async function pipfileRoots(
  readFile: (p: string) => Promise<Uint8Array | undefined>,
  lockPath: string,
): Promise<PipfileRoots | undefined> {
  const dir = lockPath.includes('/') ? lockPath.slice(0, lockPath.lastIndexOf('/') + 1) : '';
  const bytes = await readFile(`${dir}Pipfile`);
  if (!bytes) return undefined;
  try {
    const doc = parseToml(decodeText(bytes), 'Pipfile');
    const names = new Set<string>();
    for (const section of ['packages', 'dev-packages']) {
      const t = doc[section];
      if (isTable(t)) for (const n of Object.keys(t)) names.add(normalizePypiName(n));
    }
    return { names };
  } catch {
    return undefined;
  }
}

export const pipfileLock: Analyzer = {
  id: 'pipfile-lock',
  version: 1,
  claims: { names: ['Pipfile.lock'] },
  async analyze({ path, text, siblings }) {
    const roots = await pipfileRoots((p) => siblings.readFile(p), path);
    return { packages: parsePipfileLock(text(), path, 'pipfile-lock', roots) };
  },
};
