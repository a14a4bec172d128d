import type { IacDoc } from '../../detectors/misconfig/check.js';
import type { Analyzer } from '../types.js';
import { parseKubernetes } from './parse.js';

export const kubernetes: Analyzer = {
  id: 'kubernetes',
  scanners: ['misconfig'],
  version: 1,
  // Manifests have no telling name: claim every YAML/JSON file and decide by content (apiVersion + kind).
  // Lockfiles and installed packages never hold manifests.
  claims: {
    patterns: [/\.(ya?ml|json)$/i],
    exclude: [/(^|\/)node_modules\//, /(^|\/)(package-lock|composer|Pipfile|npm-shrinkwrap)\.json$/, /(^|\/)pnpm-lock\.yaml$/],
  },
  analyze: ({ path, text }) => {
    const { resources, diagnostics } = parseKubernetes(text(), path);
    if (resources.length === 0) return { diagnostics };
    const content: IacDoc = { platform: 'kubernetes', text: text(), resources };
    return { docs: [{ kind: 'iac', path, content }], diagnostics };
  },
};
