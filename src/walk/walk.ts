import { readdirSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Diagnostic } from '../core/model.js';
import { errorMessage } from '../core/errors.js';

/** Directories never descended into: VCS metadata only (dependency folders such as node_modules hold installed packages we inventory). */
export const ALWAYS_SKIPPED_DIRS: ReadonlySet<string> = new Set(['.git', '.hg', '.svn']);

export interface WalkOptions {
  /** Globs; a glob without `/` matches a directory name at any depth, one with `/` the path from the root. */
  skipDirs?: string[];
  /** Same matching rules as skipDirs, for files. */
  skipFiles?: string[];
  onDiagnostic?: (d: Diagnostic) => void;
}

/** A file found by the walk; nothing has been read or stat'ed yet. */
export interface WalkItem {
  /** Relative to the root, `/` separated. */
  path: string;
  /** Absolute path to open (through a symlink when the entry was one). */
  abs: string;
}

/** Build a predicate from user globs (see WalkOptions). */
export function globMatcher(globs: readonly string[] | undefined): (relPath: string) => boolean {
  const list = (globs ?? []).map((g) => g.trim().replace(/^\.\//, '').replace(/\/+$/, '')).filter(Boolean);
  if (list.length === 0) return () => false;
  const full = list.filter((g) => g.includes('/')).map((g) => picomatch(g, { dot: true }));
  const base = list.filter((g) => !g.includes('/')).map((g) => picomatch(g, { dot: true }));
  return (relPath) => {
    if (full.some((m) => m(relPath))) return true;
    if (base.length === 0) return false;
    const name = relPath.slice(relPath.lastIndexOf('/') + 1);
    return base.some((m) => m(name));
  };
}

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Depth-first walk of a directory tree in a deterministic order: a directory's files (sorted by name),
 * then its subdirectories (sorted).
 * Symlinks are followed only when their target stays inside the root; a directory is never entered
 * twice (by real path), which also breaks symlink loops. Problems become diagnostics, never exceptions.
 */
export async function* walk(root: string, options: WalkOptions = {}): AsyncGenerator<WalkItem> {
  const report = options.onDiagnostic ?? (() => {});
  const skipDir = globMatcher(options.skipDirs);
  const skipFile = globMatcher(options.skipFiles);
  const realRoot = await realpath(root);
  const visited = new Set<string>([realRoot]);
  // Stack of [absolute dir, relative dir, real dir]; children pushed in reverse so they pop in sorted order.
  const stack: [string, string, string][] = [[root, '', realRoot]];

  while (stack.length > 0) {
    const [absDir, relDir, realDir] = stack.pop()!;
    let names: { name: string; kind: 'file' | 'dir' | 'link' | 'other' }[];
    try {
      // Synchronous on purpose: listing a directory takes microseconds, while the async form costs a
      // thread-pool round trip per directory (measured: 3 s vs 0.3 s for 21k directories). Parsing runs
      // in worker threads, so the short block does not stall the analysis.
      const entries = readdirSync(absDir, { withFileTypes: true });
      names = entries.map((d) => ({
        name: d.name,
        kind: d.isFile() ? 'file' : d.isDirectory() ? 'dir' : d.isSymbolicLink() ? 'link' : 'other',
      }));
    } catch (err) {
      report({ level: 'warning', code: 'unreadable', path: relDir || '.', message: `cannot read directory: ${errorMessage(err)}` });
      continue;
    }
    names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: [string, string, string][] = [];
    for (const entry of names) {
      const abs = path.join(absDir, entry.name);
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      let kind = entry.kind;
      let real = path.join(realDir, entry.name);
      if (kind === 'link') {
        try {
          real = await realpath(abs);
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          report({
            level: 'warning',
            code: code === 'ELOOP' ? 'symlink-loop' : 'broken-symlink',
            path: rel,
            message: code === 'ELOOP' ? 'symlink loop, skipped' : `broken symlink, skipped (${errorMessage(err)})`,
          });
          continue;
        }
        if (!isInside(realRoot, real)) {
          report({ level: 'info', code: 'symlink-outside-target', path: rel, message: 'symlink points outside the target, not followed' });
          continue;
        }
        try {
          const st = await stat(abs);
          kind = st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
        } catch (err) {
          report({ level: 'warning', code: 'unreadable', path: rel, message: errorMessage(err) });
          continue;
        }
      }
      if (kind === 'dir') {
        if (ALWAYS_SKIPPED_DIRS.has(entry.name) || skipDir(rel)) continue;
        if (visited.has(real)) {
          report(
            entry.kind === 'link'
              ? { level: 'warning', code: 'symlink-loop', path: rel, message: 'symlink leads to a directory already walked (loop or alias), skipped' }
              : { level: 'info', code: 'already-walked', path: rel, message: 'directory already walked through a symlink, skipped' },
          );
          continue;
        }
        visited.add(real);
        subdirs.push([abs, rel, real]);
      } else if (kind === 'file') {
        if (skipFile(rel)) continue;
        yield { path: rel, abs };
      }
      // Sockets, FIFOs and devices are never read: opening a FIFO would block the scan.
    }
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]!);
  }
}
