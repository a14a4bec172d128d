import type { Analyzer } from '../types.js';
import { parseCloudFormation } from './parse.js';

export const cloudformation: Analyzer = {
  id: 'cloudformation',
  scanners: ['misconfig'],
  version: 1,
  // Templates have no telling name (template.yaml, stack.json, infra/*.template): claim YAML/JSON and
  // decide by content in parseCloudFormation. Lockfiles and manifests that are never templates are skipped unread.
  claims: {
    patterns: [/\.(ya?ml|json|template)$/i],
    exclude: [
      /(^|\/)node_modules\//,
      /(^|\/)(package(-lock)?|composer|tsconfig[^/]*|\.?eslintrc[^/]*|pnpm-lock|renovate|Pipfile)\.(json|ya?ml)$/i,
    ],
  },
  analyze: ({ path, text }) => {
    const doc = parseCloudFormation(text(), path);
    return doc ? { docs: [{ kind: 'iac', path, content: doc }] } : {};
  },
};
