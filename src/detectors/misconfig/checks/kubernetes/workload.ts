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

/**
 * Knative Serving (serving.knative.dev) embeds a pod spec too: Service and Configuration at
 * spec.template.spec, Revision at spec (https://knative.dev/docs/serving/reference/serving-api/).
 */
const KNATIVE_POD_SPEC: Readonly<Record<string, Path>> = {
  Service: ['spec', 'template', 'spec'],
  Configuration: ['spec', 'template', 'spec'],
  Revision: ['spec'],
};

export const WORKLOAD_KINDS: readonly string[] = [...Object.keys(POD_SPEC), 'Configuration', 'Revision', 'Service'];
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
  const apiVersion = get(r.value, ['apiVersion']);
  const path = typeof apiVersion === 'string' && apiVersion.startsWith('serving.knative.dev/') ? KNATIVE_POD_SPEC[r.type] : POD_SPEC[r.type];
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
  // apiGroup '*': any group (workload kinds span core, apps and batch).
  const groupOk = apiGroup === '*' || rule.apiGroups.length === 0 || rule.apiGroups.includes('*') || rule.apiGroups.includes(apiGroup);
  const verbOk = rule.verbs.includes('*') || verbs.some((v) => rule.verbs.includes(v));
  const resOk = rule.resources.includes('*') || rule.resources.includes(resource) || (resource.includes('/') && rule.resources.includes(`${resource.split('/')[0]}/*`));
  return groupOk && verbOk && resOk;
}

export const PSS = 'https://kubernetes.io/docs/concepts/security/pod-security-standards/';
export const NSA = 'https://media.defense.gov/2022/Aug/29/2003066362/-1/-1/0/CTR_KUBERNETES_HARDENING_GUIDANCE_1.2_20220829.PDF';
export const CIS = 'https://www.cisecurity.org/benchmark/kubernetes';
export const RBAC_GOOD_PRACTICES = 'https://kubernetes.io/docs/concepts/security/rbac-good-practices/';

/**
 * For a setting that is missing: the path of its deepest present ancestor (e.g. the container's
 * `securityContext` when `securityContext.runAsNonRoot` is absent), so the finding points where it goes.
 */
export function deepest(base: Path, value: unknown, rel: Path): Path {
  let cur = value;
  const out: (string | number)[] = [...base];
  for (const seg of rel) {
    const next = get(cur, [seg]);
    if (next === undefined || next === null) break;
    out.push(seg);
    cur = next;
  }
  return out;
}

/** Where a missing `capabilities.drop` entry is reported: `drop`, else `capabilities`, else the container. */
export function capabilitiesAt(c: ContainerRef): Path {
  const at = deepest(c.path, c.c, ['securityContext', 'capabilities', 'drop']);
  return at[at.length - 1] === 'securityContext' ? c.path : at;
}

/** An image reference split per the distribution reference grammar (https://github.com/distribution/reference). */
export function parseImage(ref: string): { name: string; tag?: string; digest?: string } {
  let rest = ref.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  // A tag follows the last ':' after the last '/' (a ':' before it is a registry port).
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest };
  return { name: rest, digest };
}

/** Containers with a literal image string (skips unrendered template placeholders such as `$IMAGE`). */
export function imagesOf(r: ParsedResource): (ContainerRef & { image: string })[] {
  return containers(r).flatMap((c) => (typeof c.c.image === 'string' && c.c.image !== '' && !/[${}]/.test(c.c.image) ? [{ ...c, image: c.c.image }] : []));
}

/**
 * Rules of a Role/ClusterRole that explicitly name one of `resources` (wildcard-only rules are the
 * wildcard checks' findings) and grant one of `verbs` (a `*` verb counts): reported at the rule's resources.
 */
export function rulesGranting(r: ParsedResource, resources: readonly string[], verbs: readonly string[], apiGroup = ''): { at: Path; resource: string }[] {
  return rbacRules(r).flatMap((rule) => {
    const named = resources.find((res) => rule.resources.includes(res) || (res.includes('/') && rule.resources.includes(`${res.split('/')[0]}/*`)));
    if (!named || !grants(rule, verbs, named, apiGroup)) return [];
    return [{ at: [...rule.path, 'resources'], resource: named }];
  });
}

/** Rules that explicitly list one of `verbs`: reported at the rule's verbs. */
export function rulesWithVerb(r: ParsedResource, verbs: readonly string[]): { at: Path; verb: string }[] {
  return rbacRules(r).flatMap((rule) => {
    const v = verbs.find((x) => rule.verbs.includes(x));
    return v ? [{ at: [...rule.path, 'verbs'], verb: v }] : [];
  });
}

/** The subjects of a binding, for messages: `ServiceAccount kube-system/tiller, Group devs`. */
export function subjectsOf(r: ParsedResource): string {
  const subjects = arr(get(r.value, ['subjects'])).filter(isObj);
  if (subjects.length === 0) return '(no subjects)';
  return subjects.map((s) => `${String(s.kind)} ${s.namespace ? `${String(s.namespace)}/` : ''}${String(s.name)}`).join(', ');
}

/** Control-plane and node components recognised in static pod manifests (kubeadm writes /etc/kubernetes/manifests/*.yaml). */
export type Component = 'kube-apiserver' | 'kube-controller-manager' | 'kube-scheduler' | 'kubelet' | 'etcd';
const COMPONENTS: readonly string[] = ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kubelet', 'etcd'];

export interface ComponentInvocation {
  component: Component;
  container: ContainerRef;
  /** `--flag=value` and `--flag value` of command and args; a bare `--flag` is "true". Last one wins, as in pflag. */
  flags: Map<string, string>;
  /** Where findings point: the container's `command` (the component's invocation). */
  at: Path;
}

/** Containers that run a Kubernetes component, with their command-line flags. */
export function componentInvocations(r: ParsedResource, component?: Component): ComponentInvocation[] {
  return containers(r, ['containers', 'initContainers']).flatMap((c) => {
    const command = arr(c.c.command).map(String);
    const name = (command[0] ?? '').split('/').pop() ?? '';
    if (!COMPONENTS.includes(name) || (component && name !== component)) return [];
    const tokens = [...command.slice(1), ...arr(c.c.args).map(String)];
    const flags = new Map<string, string>();
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.startsWith('--')) continue;
      const eq = t.indexOf('=');
      if (eq > 0) flags.set(t.slice(2, eq), t.slice(eq + 1));
      else if (i + 1 < tokens.length && !tokens[i + 1]!.startsWith('--')) flags.set(t.slice(2), tokens[++i]!);
      else flags.set(t.slice(2), 'true');
    }
    return [{ component: name as Component, container: c, flags, at: [...c.path, 'command'] }];
  });
}

/** Comma-separated flag values (`--authorization-mode=Node,RBAC`). */
export function flagList(v: string | undefined): string[] {
  return (v ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
}
