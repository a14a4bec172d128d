import type { Analyzer } from '../types.js';
import { ARCHIVE_EXTENSION, parseArchive } from './parse.js';

export const javaArchive: Analyzer = {
  id: 'java-archive',
  version: 1,
  claims: {
    patterns: [ARCHIVE_EXTENSION],
    binary: true,
    // Spring Boot fat jars and EARs often exceed the walker's default cap.
    maxSize: 512 * 1024 * 1024,
  },
  analyze: ({ path, bytes }) => parseArchive(bytes, path, 'java-archive'),
};
