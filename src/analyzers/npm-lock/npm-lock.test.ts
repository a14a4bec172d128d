import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { npmLock } from './index.js';
import { parseNpmLock } from './parse.js';

describeAnalyzerCases(npmLock, path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'));

describe('parseNpmLock', () => {
  const opts = { path: 'package-lock.json', foundBy: 't' };

  it('leaves direct unknown for a v1 file without a package.json beside it', () => {
    const v1 = '{"lockfileVersion":1,"dependencies":{"ms":{"version":"2.1.3"}}}';
    const [p] = parseNpmLock(v1, opts);
    expect(p!.direct).toBeUndefined();
    expect(parseNpmLock(v1, { ...opts, manifest: { dependencies: { ms: '^2' } } })[0]!.direct).toBe(true);
  });

  it('reports a v1 git dependency with an empty version, its source in the purl and no credentials', () => {
    const v1 = JSON.stringify({
      lockfileVersion: 1,
      dependencies: { tool: { version: 'git+https://tok3n@github.com/acme/tool.git#0123456789abcdef0123456789abcdef01234567' } },
    });
    const [p] = parseNpmLock(v1, opts);
    expect(p!.version).toBe('');
    expect(p!.purl).toBe('pkg:npm/tool?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Facme%2Ftool.git%230123456789abcdef0123456789abcdef01234567');
    expect(JSON.stringify(p)).not.toContain('tok3n');
  });

  it('reports a file: dependency with an empty version and an alias under its real name', () => {
    const v1 = JSON.stringify({
      lockfileVersion: 1,
      dependencies: { local: { version: 'file:../local' }, old: { version: 'npm:lodash@3.10.1' } },
    });
    expect(parseNpmLock(v1, opts).map((p) => `${p.name}@${p.version}`)).toEqual(['local@', 'lodash@3.10.1']);
  });

  it('records where each entry starts and ends', () => {
    const text = '{\n"lockfileVersion": 3,\n"packages": {\n"": {},\n"node_modules/a": {\n"version": "1.0.0"\n}\n}\n}\n';
    const [p] = parseNpmLock(text, opts);
    expect(p!.locations[0]).toEqual({ path: 'package-lock.json', startLine: 5, endLine: 7 });
  });

  it('treats __proto__ as an ordinary package name', () => {
    const text = '{"lockfileVersion":3,"packages":{"node_modules/__proto__":{"version":"1.0.0"}}}';
    expect(parseNpmLock(text, opts).map((p) => p.name)).toEqual(['__proto__']);
  });

  it('fails fast with a clear message on hostile nesting and on non-objects', () => {
    expect(() => parseNpmLock('['.repeat(100000), opts)).toThrow(/nesting deeper/);
    expect(() => parseNpmLock('[]', opts)).toThrow(/not a JSON object/);
    expect(() => parseNpmLock('{"packages": {', opts)).toThrow(/invalid JSON at line 1/);
  });
});

describe('npmLock.analyze', () => {
  it('skips package-lock.json when npm-shrinkwrap.json sits beside it', async () => {
    const out = await npmLock.analyze({
      path: 'app/package-lock.json',
      bytes: new Uint8Array(),
      text: () => '{"lockfileVersion":3,"packages":{"node_modules/a":{"version":"1.0.0"}}}',
      siblings: { readFile: async (p) => (p === 'app/npm-shrinkwrap.json' ? new Uint8Array([123, 125]) : undefined) },
    });
    expect(out.packages).toBeUndefined();
    expect(out.diagnostics?.[0]?.code).toBe('superseded');
  });
});
