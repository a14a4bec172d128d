import type { IacDoc } from '../../detectors/misconfig/check.js';
import type { Analyzer } from '../types.js';
import { parseDockerfile } from './parse.js';

export const dockerfile: Analyzer = {
  id: 'dockerfile',
  scanners: ['misconfig'],
  version: 1,
  // Docker's and Podman's default names, plus the common `api.Dockerfile` / `Dockerfile.prod` variants.
  claims: {
    names: ['Dockerfile', 'Containerfile', 'dockerfile'],
    patterns: [/(^|\/)[^/]+\.(Dockerfile|dockerfile|Containerfile)$/, /(^|\/)(Dockerfile|Containerfile)\.[^/]+$/],
    exclude: [/\.(md|txt|json|ya?ml|sh|bak|orig|rej|swp)$/i, /(^|\/)(Dockerfile|Containerfile)\.dockerignore$/],
  },
  analyze({ path, text }) {
    const content: IacDoc = { platform: 'dockerfile', text: text(), resources: [] };
    content.resources = parseDockerfile(content.text, path);
    return { docs: [{ kind: 'iac', path, content }] };
  },
};
