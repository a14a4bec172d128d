import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { pipfileLock } from './index.js';
import { parsePipfileLock } from './parse.js';

describeAnalyzerCases(pipfileLock, path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'));

describe('parsePipfileLock', () => {
  it('throws a clear error on malformed JSON', () => {
    expect(() => parsePipfileLock('{"default": ', 'Pipfile.lock', 't')).toThrow(
      /invalid JSON in Pipfile.lock/,
    );
    expect(() => parsePipfileLock('[]', 'Pipfile.lock', 't')).toThrow(/not a JSON object/);
  });
  it('keeps both versions when default and develop lock different ones, dev only for the develop one', () => {
    const text = JSON.stringify(
      { default: { pluggy: { version: '==1.0.1' } }, develop: { pluggy: { version: '==1.0.0' } } },
      null,
      4,
    );
    const pkgs = parsePipfileLock(text, 'Pipfile.lock', 't');
    expect(pkgs.map((p) => [p.version, p.dev, p.locations[0]!.startLine, p.direct])).toEqual([
      ['1.0.1', false, 3, undefined],
      ['1.0.0', true, 8, undefined],
    ]);
  });
});
