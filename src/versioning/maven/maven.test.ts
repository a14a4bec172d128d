import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { failuresIn, parseVectorFile } from '../vector-file.js';
import { maven, mavenTokens } from './index.js';

const cases = readFileSync(new URL('./cases.txt', import.meta.url), 'utf8');

describe('maven scheme', () => {
  it('holds every hand-written vector in cases.txt both ways', () => {
    expect(parseVectorFile(cases)).toEqual(expect.objectContaining({ malformed: [] }));
    expect(parseVectorFile(cases).vectors).toHaveLength(31);
    expect(failuresIn(maven, cases)).toEqual([]);
  });

  it('tokenises like the specification example 1-1.foo-bar1baz-.1', () => {
    // The POM reference normalises it to 1-1.foo-bar-1-baz-0.1.
    const show = (v: string) =>
      mavenTokens(v)
        .map((t) => `${t.sep}${t.value}`)
        .join('');
    expect(show('1-1.foo-bar1baz-.1')).toBe('1-1.foo-bar-1-baz-0.1');
    expect(show('1.0.0-foo.0.0')).toBe('1-foo');
    expect(show('1.0.0.Final')).toBe('1');
    expect(show('1.0-a1')).toBe('1-alpha-1');
  });

  it('accepts any non-blank string and rejects whitespace', () => {
    expect(maven.isValid('2.13.4.2')).toBe(true);
    expect(maven.isValid('Hoxton.SR1')).toBe(true);
    expect(maven.isValid('')).toBe(false);
    expect(maven.isValid('1.0 beta')).toBe(false);
  });
});
