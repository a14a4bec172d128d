/**
 * GitHub Actions workflow files → ParsedResources: the workflow itself (type `workflow`, value = the
 * whole document), each job (type `job`, name `jobs.<id>`) and each step (type `step`, name
 * `jobs.<id>.steps[<n>]`, or `…(<step name>)`). All resources of a file are siblings, so a job or step
 * check finds the workflow's triggers with `workflowOf(resource)`.
 * Syntax: https://docs.github.com/actions/writing-workflows/workflow-syntax-for-github-actions
 *
 * YAML 1.1 pitfall: `on:` is a plain key in YAML 1.2 (the `yaml` package's default), as GitHub reads it.
 */
import type { ParsedResource } from '../../detectors/misconfig/check.js';
import { parseYamlWithLines, yamlResource } from '../../detectors/misconfig/yaml-resource.js';

function isMap(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

export function parseWorkflow(text: string, path: string): ParsedResource[] {
  const y = parseYamlWithLines(text, 'workflow');
  const root = y.value;
  const resources: ParsedResource[] = [];
  if (!isMap(root)) return resources;
  const wf = yamlResource(y, { platform: 'github-actions', type: 'workflow', name: 'workflow', path, prefix: [], value: root }, resources);
  if (!wf) return resources;
  resources.push(wf);
  if (!isMap(root.jobs)) return resources;
  for (const [id, job] of Object.entries(root.jobs)) {
    if (!isMap(job)) continue;
    const j = yamlResource(y, { platform: 'github-actions', type: 'job', name: `jobs.${id}`, path, prefix: ['jobs', id], value: job }, resources);
    if (!j) continue;
    resources.push(j);
    if (!Array.isArray(job.steps)) continue;
    job.steps.forEach((step: unknown, i: number) => {
      if (!isMap(step)) return;
      const label = typeof step.name === 'string' ? ` (${step.name})` : typeof step.uses === 'string' ? ` (${step.uses})` : '';
      const s = yamlResource(
        y,
        { platform: 'github-actions', type: 'step', name: `jobs.${id}.steps[${i}]${label}`, path, prefix: ['jobs', id, 'steps', i], value: step },
        resources,
      );
      if (s) resources.push(s);
    });
  }
  return resources;
}
