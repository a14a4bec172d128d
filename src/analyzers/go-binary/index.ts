import { EXECUTABLE_CLAIMS } from '../shared/binary.js';
import type { Analyzer } from '../types.js';
import { goBinaryPackages, readGoBuildInfo } from './parse.js';

export const goBinary: Analyzer = {
  id: 'go-binary',
  version: 1,
  claims: EXECUTABLE_CLAIMS,
  analyze({ path, bytes }) {
    const info = readGoBuildInfo(bytes);
    // Most executables in a tree are not Go programs: that is not an error.
    if (!info) return { packages: [] };
    return { packages: goBinaryPackages(info, path, 'go-binary') };
  },
};
