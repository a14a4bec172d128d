import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { bunLock } from './index.js';
import { parseBunLock } from './parse.js';

describeAnalyzerCases(bunLock, path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'));

describe('parseBunLock', () => {
  it('resolves a workspace member’s own nested copy before the hoisted one', () => {
    const text = JSON.stringify({
      lockfileVersion: 1,
      workspaces: { '': { name: 'root', dependencies: { ms: '^2.1.3' } }, 'apps/web': { name: 'web', devDependencies: { ms: '2.0.0' } } },
      packages: { ms: ['ms@2.1.3', '', {}, 'x'], 'web/ms': ['ms@2.0.0', '', {}, 'y'], web: ['web@workspace:apps/web'] },
    });
    const byVersion = Object.fromEntries(parseBunLock(text, 'bun.lock', 't').packages.map((p) => [p.version, p]));
    expect(byVersion['2.1.3']).toMatchObject({ direct: true, dev: false });
    expect(byVersion['2.0.0']).toMatchObject({ direct: true, dev: true });
  });

  it('leaves dev unknown for entries no workspace reaches', () => {
    const text = '{"lockfileVersion":1,"workspaces":{"":{"name":"r"}},"packages":{"stale":["stale@1.0.0","",{},"x"]}}';
    expect(parseBunLock(text, 'bun.lock', 't').packages[0]).toMatchObject({ direct: false });
    expect(parseBunLock(text, 'bun.lock', 't').packages[0]!.dev).toBeUndefined();
  });

  it('rejects non-object documents and hostile nesting quickly', () => {
    expect(() => parseBunLock('[]', 'bun.lock', 't')).toThrow(/not a JSON object/);
    expect(() => parseBunLock('{"packages":' + '['.repeat(50000), 'bun.lock', 't')).toThrow(/nesting deeper/);
  });
});
