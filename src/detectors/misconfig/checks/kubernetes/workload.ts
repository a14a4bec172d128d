/**
 * Shared helpers of the Kubernetes checks: where each workload kind keeps its pod spec, and every
 * container of it (containers, initContainers, ephemeralContainers) with its path inside the resource.
 */
import type { ParsedResource } from '../../check.js';

export type Path = readonly (string | number)[];
export type Obj = Record<string, unknown>;

/** Pod spec location per kind (https://kubernetes.io/docs/concepts/workloads/). */
const POD_SPEC: Readonly<Record<string, Path>> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

export const WORKLOAD_KINDS: readonly string[] = Object.keys(POD_SPEC);
export const RBAC_ROLE_KINDS: readonly string[] = ['Role', 'ClusterRole'];
export const RBAC_BINDING_KINDS: readonly string[] = ['RoleBinding', 'ClusterRoleBinding'];

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function get(v: unknown, path: Path): unknown {
  let cur = v;
  for (const seg of path) {
    if (Array.isArray(cur) && typeof seg === 'number') cur = cur[seg];
    else if (isObj(cur)) cur = cur[String(seg)];
    else return undefined;
  }
  return cur;
}

export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export interface PodSpecRef {
  path: Path;
  spec: Obj;
  /** Pod template metadata (annotations such as AppArmor live there). */
  metaPath: Path;
  meta: Obj;
}

export function podSpec(r: ParsedResource): PodSpecRef | undefined {
  const path = POD_SPEC[r.type];
  if (!path) return undefined;
  const spec = get(r.value, path);
  if (!isObj(spec)) return undefined;
  const metaPath = [...path.slice(0, -1), 'metadata'];
  const meta = get(r.value, metaPath);
  return { path, spec, metaPath, meta: isObj(meta) ? meta : {} };
}

export interface ContainerRef {
  name: string;
  /** containers | initContainers | ephemeralContainers */
  group: string;
  path: Path;
  c: Obj;
}

export function containers(r: ParsedResource, groups: readonly string[] = ['containers', 'initContainers', 'ephemeralContainers']): ContainerRef[] {
  const ps = podSpec(r);
  if (!ps) return [];
  const out: ContainerRef[] = [];
  for (const group of groups) {
    arr(ps.spec[group]).forEach((c, i) => {
      if (isObj(c)) out.push({ name: typeof c.name === 'string' ? c.name : `#${i}`, group, path: [...ps.path, group, i], c });
    });
  }
  return out;
}

/** The effective value of a securityContext field: the container's, else the pod's (PSS semantics). */
export function effective(ps: PodSpecRef, c: ContainerRef, field: string): { value: unknown; at: Path } | undefined {
  const own = get(c.c, ['securityContext', field]);
  if (own !== undefined && own !== null) return { value: own, at: [...c.path, 'securityContext', field] };
  const pod = get(ps.spec, ['securityContext', field]);
  if (pod !== undefined && pod !== null) return { value: pod, at: [...ps.path, 'securityContext', field] };
  return undefined;
}

export function namespaceOf(r: ParsedResource): string {
  const ns = get(r.value, ['metadata', 'namespace']);
  return typeof ns === 'string' && ns !== '' ? ns : 'default';
}

/** Volumes of the pod spec with their paths. */
export function volumes(r: ParsedResource): { name: string; path: Path; v: Obj }[] {
  const ps = podSpec(r);
  if (!ps) return [];
  const out: { name: string; path: Path; v: Obj }[] = [];
  arr(ps.spec.volumes).forEach((v, i) => {
    if (isObj(v)) out.push({ name: typeof v.name === 'string' ? v.name : `#${i}`, path: [...ps.path, 'volumes', i], v });
  });
  return out;
}

/** Capabilities are case-insensitive in practice and may carry a CAP_ prefix. */
export function capName(v: unknown): string {
  return String(v).toUpperCase().replace(/^CAP_/, '');
}

/** RBAC rules of a Role/ClusterRole with their paths. */
export function rbacRules(r: ParsedResource): { path: Path; verbs: string[]; resources: string[]; apiGroups: string[]; rule: Obj }[] {
  if (!RBAC_ROLE_KINDS.includes(r.type)) return [];
  const out: { path: Path; verbs: string[]; resources: string[]; apiGroups: string[]; rule: Obj }[] = [];
  arr(get(r.value, ['rules'])).forEach((rule, i) => {
    if (!isObj(rule)) return;
    const strs = (v: unknown) => arr(v).map((x) => String(x));
    out.push({ path: ['rules', i], verbs: strs(rule.verbs), resources: strs(rule.resources), apiGroups: strs(rule.apiGroups), rule });
  });
  return out;
}

/** Does a rule grant `verb` on `resource` (wildcards included)? `resource` may name a subresource (`pods/exec`). */
export function grants(rule: { verbs: string[]; resources: string[]; apiGroups: string[] }, verbs: readonly string[], resource: string, apiGroup = ''): boolean {
  const groupOk = rule.apiGroups.length === 0 || rule.apiGroups.includes('*') || rule.apiGroups.includes(apiGroup);
  const verbOk = rule.verbs.includes('*') || verbs.some((v) => rule.verbs.includes(v));
  const resOk = rule.resources.includes('*') || rule.resources.includes(resource) || (resource.includes('/') && rule.resources.includes(`${resource.split('/')[0]}/*`));
  return groupOk && verbOk && resOk;
}

export const PSS = 'https://kubernetes.io/docs/concepts/security/pod-security-standards/';
export const NSA = 'https://media.defense.gov/2022/Aug/29/2003066362/-1/-1/0/CTR_KUBERNETES_HARDENING_GUIDANCE_1.2_20220829.PDF';
export const CIS = 'https://www.cisecurity.org/benchmark/kubernetes';
export const RBAC_GOOD_PRACTICES = 'https://kubernetes.io/docs/concepts/security/rbac-good-practices/';
