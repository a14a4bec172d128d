import { executableFormat } from '../shared/binary.js';
import type { Analyzer } from '../types.js';
import { goBinaryPackages, readGoBuildInfo } from './parse.js';

export const goBinary: Analyzer = {
  id: 'go-binary',
  version: 1,
  claims: {
    // Windows executables checked out on Unix have no executable bit; claim them by extension.
    patterns: [/\.exe$/i],
    executable: true,
    binary: true,
    maxSize: 256 * 1024 * 1024,
    sniff: (head) => executableFormat(head) !== undefined,
  },
  analyze({ path, bytes }) {
    const info = readGoBuildInfo(bytes);
    // Most executables in a tree are not Go programs: that is not an error.
    if (!info) return { packages: [] };
    return { packages: goBinaryPackages(info, path, 'go-binary') };
  },
};
