import { decodeText } from '../../core/text.js';
import type { Diagnostic } from '../../core/model.js';
import type { Analyzer, Siblings } from '../types.js';
import { cargoLockPackages, readCargoLock, readCargoManifest, type ManifestDeps } from './parse.js';

const MAX_MEMBERS = 200;

/**
 * Cargo.lock does not say which edges are dev- or build-dependencies: the manifests do. Reads the
 * Cargo.toml beside the lockfile and, for a workspace, each member listed by plain path (glob members
 * cannot be listed through `siblings`; their edges then count as production).
 */
async function readManifests(dir: string, siblings: Siblings, diagnostics: Diagnostic[]): Promise<ManifestDeps[]> {
  const out: ManifestDeps[] = [];
  const load = async (rel: string) => {
    const bytes = await siblings.readFile(rel);
    if (!bytes) return undefined;
    try {
      return readCargoManifest(decodeText(bytes));
    } catch (err) {
      diagnostics.push({ level: 'info', code: 'manifest-unreadable', message: `${rel}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` });
      return undefined;
    }
  };
  const root = await load(dir + 'Cargo.toml');
  if (!root) return out;
  out.push(root.deps);
  for (const member of root.workspaceMembers.slice(0, MAX_MEMBERS)) {
    if (/[*?[]/.test(member)) continue;
    const m = await load(`${dir}${member.replace(/\/+$/, '')}/Cargo.toml`);
    if (m) out.push(m.deps);
  }
  return out;
}

export const cargoLock: Analyzer = {
  id: 'cargo-lock',
  version: 1,
  claims: { names: ['Cargo.lock'] },
  async analyze({ path, text, siblings }) {
    const { packages: lock, diagnostics } = readCargoLock(text());
    if (lock.length === 0) return { packages: [], diagnostics };
    const dir = path.slice(0, path.lastIndexOf('/') + 1);
    const manifests = await readManifests(dir, siblings, diagnostics);
    return { packages: cargoLockPackages(lock, path, 'cargo-lock', manifests), diagnostics };
  },
};
