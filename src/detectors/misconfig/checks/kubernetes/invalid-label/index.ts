import type { CheckResult, MisconfigCheck } from '../../../check.js';
import { get, isObj, podSpec, type Path } from '../workload.js';

/**
 * Label syntax (https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set):
 * key = optional DNS-subdomain prefix + '/' + name of ≤ 63 alphanumerics, '-', '_', '.', starting and ending alphanumeric;
 * value = empty or the same form as a name.
 */
const NAME = /^[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$/;
const PREFIX = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;

function validKey(k: string): boolean {
  const slash = k.lastIndexOf('/');
  return slash < 0 ? NAME.test(k) : PREFIX.test(k.slice(0, slash)) && NAME.test(k.slice(slash + 1));
}

function inspect(labels: unknown, at: Path, where: string): CheckResult[] {
  if (!isObj(labels)) return [];
  return Object.entries(labels).flatMap(([k, v]) => {
    const value = v === null || v === undefined ? '' : String(v);
    if (validKey(k) && (value === '' || NAME.test(value))) return [];
    return [{ message: `${where} label ${k}: ${value} is not a valid label`, at: [...at, k] }];
  });
}

export const invalidLabel: MisconfigCheck = {
  id: 'PAL-K8S-097',
  slug: 'invalid-label',
  platform: 'kubernetes',
  title: 'Invalid label key or value',
  severity: 'info',
  description:
    'A label that breaks the Kubernetes syntax is rejected by the API server, so the apply fails, or (in tools that render without validating) selectors, NetworkPolicies and Services silently stop matching.',
  remediation: 'Use label values of at most 63 characters made of letters, digits, `-`, `_` and `.`, starting and ending with a letter or digit.',
  references: ['https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set'],
  kics: ['Invalid metadata label'],
  resourceTypes: [],
  evaluate: (r) => {
    const ps = podSpec(r);
    return [
      ...inspect(get(r.value, ['metadata', 'labels']), ['metadata', 'labels'], r.name),
      ...(ps && r.type !== 'Pod' ? inspect(ps.meta.labels, [...ps.metaPath, 'labels'], `${r.name} pod template`) : []),
    ];
  },
};
