import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { gradleVerificationMetadata } from './index.js';
import { parseVerificationMetadata } from './parse.js';

describeAnalyzerCases(
  gradleVerificationMetadata,
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'),
);

const doc = (components: string) =>
  `<?xml version="1.0"?>\n<verification-metadata xmlns="https://schema.gradle.org/dependency-verification">\n<components>\n${components}\n</components>\n</verification-metadata>\n`;

describe('parseVerificationMetadata', () => {
  it('reads single-quoted attributes and entities, and skips components missing a coordinate', () => {
    const text = doc(
      `<component group='org.a&amp;b' name='x' version='1'/>\n<component group="g" name="no-version"/>`,
    );
    expect(
      parseVerificationMetadata(text, 'v.xml', 't').map((p) => [
        p.name,
        p.version,
        p.locations[0]!.startLine,
      ]),
    ).toEqual([['org.a&b:x', '1', 4]]);
  });
  it.each([
    ['plain text', 'not xml at all'],
    ['another XML document', '<project><modelVersion>4.0.0</modelVersion></project>'],
    ['truncated XML', doc('<component group="g" name="a" version="1">').slice(0, -40)],
  ])('throws on %s', (_label, text) => {
    expect(() => parseVerificationMetadata(text, 'v.xml', 't')).toThrow(
      /not well-formed|not Gradle verification metadata/,
    );
  });
});
