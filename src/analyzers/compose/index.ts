import type { IacDoc } from '../../detectors/misconfig/check.js';
import type { Analyzer } from '../types.js';
import { parseCompose } from './parse.js';

export const compose: Analyzer = {
  id: 'compose',
  scanners: ['misconfig'],
  version: 1,
  // Default names Docker Compose looks for, plus override/environment variants (docker-compose.prod.yml).
  // https://docs.docker.com/compose/intro/compose-application-model/#the-compose-file
  claims: { patterns: [/(^|\/)(docker-)?compose([.-][^/]*)?\.ya?ml$/i] },
  analyze({ path, text }) {
    const content: IacDoc = { platform: 'compose', text: text(), resources: [] };
    content.resources = parseCompose(content.text, path);
    return { docs: [{ kind: 'iac', path, content }] };
  },
};
