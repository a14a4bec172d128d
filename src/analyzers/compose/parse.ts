/**
 * docker-compose / Compose Specification files → one ParsedResource per service
 * (https://github.com/compose-spec/compose-spec/blob/main/spec.md). Value = the service mapping as
 * written (no interpolation of `${VAR}`: values stay as the file states them); lines from the `yaml`
 * package's source ranges. Siblings are the other services (for cross-service checks such as volumes
 * shared between containers).
 */
import type { ParsedResource } from '../../detectors/misconfig/check.js';
import { parseYamlWithLines, yamlResource } from '../../detectors/misconfig/yaml-resource.js';

export function parseCompose(text: string, path: string): ParsedResource[] {
  const y = parseYamlWithLines(text, 'compose file');
  const root = y.value;
  const resources: ParsedResource[] = [];
  if (!root || typeof root !== 'object' || Array.isArray(root)) return resources;
  const services = (root as Record<string, unknown>).services;
  if (!services || typeof services !== 'object' || Array.isArray(services)) return resources;
  for (const [name, value] of Object.entries(services as Record<string, unknown>)) {
    const r = yamlResource(
      y,
      { platform: 'compose', type: 'service', name: `services.${name}`, path, prefix: ['services', name], value: value ?? {} },
      resources,
    );
    if (r) resources.push(r);
  }
  return resources;
}
