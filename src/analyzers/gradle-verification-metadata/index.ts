import type { Analyzer } from '../types.js';
import { parseVerificationMetadata } from './parse.js';

export const gradleVerificationMetadata: Analyzer = {
  id: 'gradle-verification-metadata',
  version: 1,
  // Gradle only reads it from the build's gradle/ directory.
  claims: { patterns: [/(^|\/)gradle\/verification-metadata\.xml$/] },
  analyze: ({ path, text }) => ({
    packages: parseVerificationMetadata(text(), path, 'gradle-verification-metadata'),
  }),
};
