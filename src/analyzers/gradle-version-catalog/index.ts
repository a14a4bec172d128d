import type { Analyzer } from '../types.js';
import { parseVersionCatalog } from './parse.js';

export const gradleVersionCatalog: Analyzer = {
  id: 'gradle-version-catalog',
  version: 1,
  // Gradle imports gradle/libs.versions.toml by default; other catalogs are named *.versions.toml by convention.
  claims: { patterns: [/(^|\/)gradle\/[^/]+\.versions\.toml$/] },
  analyze: ({ path, text }) => parseVersionCatalog(text(), path, 'gradle-version-catalog'),
};
