import { EXECUTABLE_CLAIMS } from '../shared/binary.js';
import type { Analyzer } from '../types.js';
import { auditablePackages, findDepSection, inflateCapped } from './parse.js';

export const cargoAuditable: Analyzer = {
  id: 'cargo-auditable',
  version: 1,
  claims: EXECUTABLE_CLAIMS,
  analyze({ path, bytes }) {
    const section = findDepSection(bytes);
    // Most executables were not built with cargo-auditable: that is not an error.
    if (!section) return { packages: [] };
    const json = new TextDecoder('utf-8').decode(inflateCapped(section));
    return { packages: auditablePackages(json, path, 'cargo-auditable') };
  },
};
