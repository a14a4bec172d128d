import type { IacDoc } from '../../detectors/misconfig/check.js';
import type { Analyzer } from '../types.js';
import { parseWorkflow } from './parse.js';

export const githubActions: Analyzer = {
  id: 'github-actions',
  scanners: ['misconfig'],
  version: 1,
  // Workflows live only in .github/workflows/ (GitHub ignores subfolders); composite actions
  // (action.yml) are a different format.
  claims: { patterns: [/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i] },
  analyze({ path, text }) {
    const content: IacDoc = { platform: 'github-actions', text: text(), resources: [] };
    content.resources = parseWorkflow(content.text, path);
    return { docs: [{ kind: 'iac', path, content }] };
  },
};
