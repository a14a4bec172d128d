import { describe, expect, it } from 'vitest';
import { keyLines, loadYaml } from './yaml.js';

const pnpm = `lockfileVersion: '9.0'

importers:
  .:
    dependencies:
      lodash:
        specifier: ^4.17.21
        version: 4.17.21

packages:

  '@babel/core@7.24.0':
    resolution: {integrity: sha512-abc}
    engines: {node: '>=6.9.0'}

  lodash@4.17.21:
    resolution: {integrity: sha512-def}

snapshots:
  lodash@4.17.21: {}
`;

describe('loadYaml', () => {
  it('parses plain values', () => {
    expect(loadYaml('a: 1\nb: [x, "y"]\n', 't')).toEqual({ a: 1, b: ['x', 'y'] });
  });
  it('rejects an alias bomb quickly', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 9; i++) {
      const prev = String.fromCharCode(97 + i);
      const cur = String.fromCharCode(98 + i);
      lines.push(`${cur}: &${cur} [${Array(10).fill('*' + prev).join(',')}]`);
    }
    const started = Date.now();
    expect(() => loadYaml(lines.join('\n'), 'bomb.yaml')).toThrow(/alias bomb/);
    expect(Date.now() - started).toBeLessThan(2000);
  });
  it('rejects deep nesting and syntax errors with the file kind in the message', () => {
    expect(() => loadYaml('a: ' + '['.repeat(300) + ']'.repeat(300), 'x.yaml')).toThrow(/invalid x\.yaml/);
    expect(() => loadYaml('a: [unclosed\n', 'x.yaml')).toThrow(/invalid x\.yaml/);
  });
});

describe('keyLines', () => {
  it('finds each key of a nested block mapping with its line range', () => {
    expect([...keyLines(pnpm, ['packages'])]).toEqual([
      ['@babel/core@7.24.0', { line: 12, endLine: 14 }],
      ['lodash@4.17.21', { line: 16, endLine: 17 }],
    ]);
    expect(keyLines(pnpm, ['snapshots']).get('lodash@4.17.21')).toEqual({ line: 20, endLine: 20 });
    expect([...keyLines(pnpm, []).keys()]).toEqual(['lockfileVersion', 'importers', 'packages', 'snapshots']);
  });
  it('reads yarn berry keys that join several descriptors', () => {
    const text = '__metadata:\n  version: 8\n\n"lodash@npm:^4.17.0, lodash@npm:^4.17.21":\n  version: 4.17.21\n';
    expect(keyLines(text, []).get('lodash@npm:^4.17.0, lodash@npm:^4.17.21')).toEqual({ line: 4, endLine: 5 });
  });
  it('gives no lines for a missing or flow-style mapping', () => {
    expect(keyLines(pnpm, ['nope']).size).toBe(0);
    expect(keyLines('packages: {a: 1}\n', ['packages']).size).toBe(0);
  });
});
