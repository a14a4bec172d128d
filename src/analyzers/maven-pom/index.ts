import { errorMessage } from '../../core/errors.js';
import type { Diagnostic } from '../../core/model.js';
import type { Analyzer } from '../types.js';
import { decodePom, parentPath, parsePom, resolvePom, type ParsedPom } from './parse.js';

// Real hierarchies are 2–4 levels deep; the cap also ends cycles that a visited set would miss.
const MAX_PARENTS = 10;

export const mavenPom: Analyzer = {
  id: 'maven-pom',
  version: 1,
  claims: { names: ['pom.xml'] },
  async analyze({ path, bytes, siblings }) {
    const self = parsePom(decodePom(bytes));
    const chain: ParsedPom[] = [self];
    const diagnostics: Diagnostic[] = [];
    const visited = new Set([path]);
    let current = self;
    let currentPath = path;
    while (current.parent && chain.length <= MAX_PARENTS) {
      const declared = current.parent;
      const dir = currentPath.includes('/') ? currentPath.slice(0, currentPath.lastIndexOf('/')) : '';
      const candidate = parentPath(dir, declared);
      const coords = `${declared.groupId ?? '?'}:${declared.artifactId ?? '?'}`;
      if (candidate === undefined || visited.has(candidate)) break;
      const parentBytes = await siblings.readFile(candidate);
      if (!parentBytes) {
        // Usual for published parents (spring-boot-starter-parent, …): they live in a repository, not the checkout.
        diagnostics.push({
          level: 'info',
          code: 'parent-not-found',
          path,
          message: `parent ${coords} is not at ${candidate}; its properties and managed versions are unknown`,
        });
        break;
      }
      let parent: ParsedPom;
      try {
        parent = parsePom(decodePom(parentBytes));
      } catch (err) {
        diagnostics.push({
          level: 'warning',
          code: 'parent-unreadable',
          path,
          message: `parent POM ${candidate}: ${errorMessage(err)}`,
        });
        break;
      }
      // Maven itself ignores a POM at relativePath whose coordinates differ from <parent>.
      const parentGroup = parent.groupId ?? parent.parent?.groupId;
      if (
        parent.artifactId !== declared.artifactId ||
        (declared.groupId && parentGroup && parentGroup !== declared.groupId)
      ) {
        diagnostics.push({
          level: 'info',
          code: 'parent-mismatch',
          path,
          message: `${candidate} is not the declared parent ${coords}`,
        });
        break;
      }
      chain.push(parent);
      visited.add(candidate);
      current = parent;
      currentPath = candidate;
    }
    const result = resolvePom(chain, path, 'maven-pom');
    return {
      packages: result.packages,
      unpinned: result.unpinned,
      diagnostics: [...diagnostics, ...result.diagnostics],
    };
  },
};
