import { executableFormat } from '../shared/binary.js';
import type { Analyzer } from '../types.js';
import { auditablePackages, findDepSection, inflateCapped } from './parse.js';

export const cargoAuditable: Analyzer = {
  id: 'cargo-auditable',
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
    const section = findDepSection(bytes);
    // Most executables were not built with cargo-auditable: that is not an error.
    if (!section) return { packages: [] };
    const json = new TextDecoder('utf-8').decode(inflateCapped(section));
    return { packages: auditablePackages(json, path, 'cargo-auditable') };
  },
};
