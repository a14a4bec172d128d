import { describe, expect, it } from 'vitest';
import type { Package } from '../../../core/model.js';
import { dependencyPaths, indexByFile } from './paths.js';

function p(
  name: string,
  version: string,
  opts: { direct?: boolean; deps?: string[]; file?: string } = {},
): Package {
  return {
    name,
    version,
    ecosystem: 'npm',
    purl: `pkg:npm/${name}@${version}`,
    locations: [{ path: opts.file ?? 'package-lock.json', startLine: 1 }],
    ...(opts.direct !== undefined ? { direct: opts.direct } : {}),
    dependsOn: (opts.deps ?? []).map((d) => `pkg:npm/${d}`),
    foundBy: 'npm-lock',
  };
}

describe('dependencyPaths', () => {
  // express → body-parser → qs, express → qs, app-lib → express; a cycle qs ↔ side-channel.
  const pkgs = [
    p('express', '4.17.1', { direct: true, deps: ['body-parser@1.19.0', 'qs@6.7.0'] }),
    p('body-parser', '1.19.0', { direct: false, deps: ['qs@6.7.0'] }),
    p('qs', '6.7.0', { direct: false, deps: ['side-channel@1.0.4'] }),
    p('side-channel', '1.0.4', { direct: false, deps: ['qs@6.7.0'] }),
    p('koa', '2.0.0', { direct: true, deps: ['side-channel@1.0.4'] }),
    p('qs', '6.7.0', { direct: false, file: 'other/package-lock.json' }),
  ];
  const graphs = indexByFile(pkgs);

  it('lists the shortest paths first, from a direct dependency down', () => {
    expect(dependencyPaths(pkgs[2]!, graphs)).toEqual([
      ['express@4.17.1', 'qs@6.7.0'],
      ['express@4.17.1', 'body-parser@1.19.0', 'qs@6.7.0'],
      ['koa@2.0.0', 'side-channel@1.0.4', 'qs@6.7.0'], // side-channel depends back on qs
    ]);
    // Through the cycle: side-channel's parents are koa (direct) and qs (which leads to express).
    expect(dependencyPaths(pkgs[3]!, graphs)).toEqual([
      ['koa@2.0.0', 'side-channel@1.0.4'],
      ['express@4.17.1', 'qs@6.7.0', 'side-channel@1.0.4'],
      ['express@4.17.1', 'body-parser@1.19.0', 'qs@6.7.0', 'side-channel@1.0.4'],
    ]);
  });

  it('gives nothing for direct packages, unknown directness, or a file without edges', () => {
    expect(dependencyPaths(pkgs[0]!, graphs)).toBeUndefined();
    expect(dependencyPaths(pkgs[5]!, graphs)).toBeUndefined();
    const unknown = p('x', '1');
    expect(dependencyPaths(unknown, indexByFile([unknown]))).toBeUndefined();
  });

  it('stops at 5 paths on a wide graph and ends on cycles', () => {
    const leaf = p('leaf', '1.0.0', { direct: false });
    const mids = Array.from({ length: 8 }, (_, i) =>
      p(`mid${i}`, '1.0.0', { direct: false, deps: ['leaf@1.0.0', `mid${(i + 1) % 8}@1.0.0`] }),
    );
    const tops = Array.from({ length: 8 }, (_, i) =>
      p(`top${i}`, '1.0.0', { direct: true, deps: [`mid${i}@1.0.0`] }),
    );
    const all = [leaf, ...mids, ...tops];
    const paths = dependencyPaths(leaf, indexByFile(all))!;
    expect(paths).toHaveLength(5);
    for (const path of paths) {
      expect(path).toHaveLength(3);
      expect(path[2]).toBe('leaf@1.0.0');
    }
    expect(paths[0]).toEqual(['top0@1.0.0', 'mid0@1.0.0', 'leaf@1.0.0']);
  });
});
