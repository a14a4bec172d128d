/**
 * Small pure helpers shared by the Terraform checks: reading values at a path, the common "setting must
 * be X (missing counts or not)" shape, matching companion resources to the resource they point at, IAM
 * policy documents and CIDR/port tests.
 */
import type { CheckResult, ParsedResource } from '../../check.js';

export type Path = readonly (string | number)[];

export function get(v: unknown, path: Path): unknown {
  let cur = v;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    // A nested block written as a map attribute (`versioning = { enabled = true }`) is one block.
    if (k === 0 && !Array.isArray(cur)) continue;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}

/** The longest prefix of `path` present in `v` (where a finding about a missing setting should point). */
export function existingPrefix(v: unknown, path: Path): Path | undefined {
  for (let n = path.length; n > 0; n--) if (get(v, path.slice(0, n)) !== undefined) return path.slice(0, n);
  return undefined;
}

/** Terraform values are sometimes strings ("true"); treat them as the boolean they mean. */
export function isTrue(v: unknown): boolean {
  return v === true || v === 'true';
}
export function isFalse(v: unknown): boolean {
  return v === false || v === 'false';
}
/** An unresolved expression (`${…}`): we cannot tell its value, so checks do not flag it. */
export function isUnknown(v: unknown): boolean {
  return typeof v === 'string' && v.includes('${');
}

export function asArray(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/**
 * A setting that must satisfy `ok`. When missing, it is flagged at the closest enclosing block (or the
 * resource) only if `flagMissing` (i.e. the provider default is insecure).
 */
export function requireSetting(
  path: Path,
  ok: (v: unknown) => boolean,
  opts: { flagMissing: boolean | 'block'; bad: string; missing?: string },
): (r: ParsedResource) => CheckResult[] {
  return (r) => {
    const v = get(r.value, path);
    if (v === undefined) {
      if (!opts.flagMissing || isModule(r)) return [];
      // 'block': only a missing enclosing block is a problem; inside it the provider default is secure.
      if (opts.flagMissing === 'block' && get(r.value, path.slice(0, 1)) !== undefined) return [];
      const at = existingPrefix(r.value, path);
      return [{ message: `${r.name}: ${opts.missing ?? opts.bad}`, ...(at ? { at } : {}) }];
    }
    if (isUnknown(v) || ok(v)) return [];
    return [{ message: `${r.name}: ${opts.bad}`, at: path }];
  };
}

/** Resources of `type` in the module whose `attr` points at `target` (by reference or by literal name/id). */
export function related(target: ParsedResource, type: string, attr: string): ParsedResource[] {
  const literal = get(target.value, ['bucket']) ?? get(target.value, ['name']);
  return target.siblings.filter((s) => {
    if (s.type !== type) return false;
    const v = get(s.value, [attr]);
    if (typeof v !== 'string') return false;
    if (v.includes(`${target.name}.`) || v.includes(`${target.name}}`)) return true;
    return typeof literal === 'string' && !isUnknown(literal) && v === literal;
  });
}

export const WORLD_V4 = ['0.0.0.0/0'];
export const WORLD_V6 = ['::/0', '0000:0000:0000:0000:0000:0000:0000:0000/0'];

/** 0.0.0.0/0, ::/0, any other `/0` prefix (a /0 mask matches every address whatever the base), or Azure's `*`/`Internet`/`Any` tags. */
export function isWorldCidr(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  const t = v.trim();
  // Azure service tags are case-insensitive (https://learn.microsoft.com/azure/virtual-network/service-tags-overview).
  return (
    WORLD_V4.includes(t) ||
    WORLD_V6.includes(t) ||
    /^[0-9a-f.:]*\/0$/i.test(t) ||
    t === '*' ||
    /^(internet|any)$/i.test(t)
  );
}

/** Whether a port spec (`22`, `20-30`, `*`, or a comma-separated list of them, as in Azure NSG rules) includes `port`. */
export function portSpecIncludes(spec: unknown, port: number): boolean {
  return String(spec)
    .split(',')
    .map((p) => p.trim())
    .some((p) => {
      if (p === '*') return true;
      const m = /^(\d+)(?:-(\d+))?$/.exec(p);
      return !!m && Number(m[1]) <= port && port <= Number(m[2] ?? m[1]);
    });
}

/** Whether a from/to port range includes `port` (protocol -1 / "all" means every port). */
export function rangeIncludes(from: unknown, to: unknown, protocol: unknown, port: number): boolean {
  if (protocol === '-1' || protocol === -1 || protocol === 'all') return true;
  const f = Number(from);
  const t = Number(to);
  if (!Number.isFinite(f) || !Number.isFinite(t)) return false;
  if (f === 0 && t === 0) return protocol === '-1';
  return f <= port && port <= t;
}

/** Parse an IAM policy given as a JSON string or as an object (jsonencode / policy document). */
export function policyDoc(v: unknown): { Statement: Record<string, unknown>[] } | undefined {
  let doc = v;
  if (typeof v === 'string') {
    if (isUnknown(v) && !v.trim().startsWith('{')) return undefined;
    try {
      doc = JSON.parse(v);
    } catch {
      return undefined;
    }
  }
  if (!doc || typeof doc !== 'object') return undefined;
  const st = (doc as Record<string, unknown>)['Statement'] ?? (doc as Record<string, unknown>)['statement'];
  return { Statement: asArray(st).filter((s): s is Record<string, unknown> => !!s && typeof s === 'object') };
}

export function allowStatements(v: unknown): Record<string, unknown>[] {
  return (policyDoc(v)?.Statement ?? []).filter((s) => (s['Effect'] ?? s['effect'] ?? 'Allow') === 'Allow');
}

export function strings(v: unknown): string[] {
  return asArray(v).filter((s): s is string => typeof s === 'string');
}

/** `Principal: "*"` or `{AWS: "*"}` (anyone, including anonymous callers). */
export function principalIsWildcard(p: unknown): boolean {
  if (p === '*') return true;
  if (p && typeof p === 'object')
    return Object.values(p as Record<string, unknown>).some((v) => strings(v).includes('*'));
  return false;
}

export function hasCondition(s: Record<string, unknown>): boolean {
  const c = s['Condition'];
  return !!c && typeof c === 'object' && Object.keys(c).length > 0;
}

/**
 * Ingress rules open to the world that include one of `ports`, across the three ways Terraform declares
 * them: inline `ingress` blocks of aws_security_group, aws_security_group_rule (type ingress), and
 * aws_vpc_security_group_ingress_rule.
 */
export function worldIngress(
  r: ParsedResource,
  ports: readonly number[] | 'all',
): { at: Path; port: string }[] {
  const out: { at: Path; port: string }[] = [];
  const test = (rule: unknown, base: Path, cidrKeys: readonly string[], proto: string): void => {
    const from = get(rule, ['from_port']);
    const to = get(rule, ['to_port']);
    const p = get(rule, [proto]);
    const all = p === '-1' || p === -1 || p === 'all' || (Number(from) === 0 && Number(to) === 65535);
    const hit = ports === 'all' ? all : ports.find((port) => rangeIncludes(from, to, p, port));
    if (hit === undefined || hit === false) return;
    for (const k of cidrKeys) {
      const cidrs = asArray(get(rule, [k]));
      const i = cidrs.findIndex(isWorldCidr);
      if (i >= 0) {
        out.push({
          at: Array.isArray(get(rule, [k])) ? [...base, k, i] : [...base, k],
          port: ports === 'all' ? 'all ports' : String(hit),
        });
        return;
      }
    }
  };
  if (r.type === 'aws_security_group') {
    asArray(get(r.value, ['ingress'])).forEach((rule, i) =>
      test(rule, ['ingress', i], ['cidr_blocks', 'ipv6_cidr_blocks'], 'protocol'),
    );
  } else if (r.type === 'aws_security_group_rule') {
    if (get(r.value, ['type']) === 'ingress')
      test(r.value, [], ['cidr_blocks', 'ipv6_cidr_blocks'], 'protocol');
  } else if (r.type === 'aws_vpc_security_group_ingress_rule') {
    test(r.value, [], ['cidr_ipv4', 'cidr_ipv6'], 'ip_protocol');
  }
  return out;
}

export const SG_TYPES = [
  'aws_security_group',
  'aws_security_group_rule',
  'aws_vpc_security_group_ingress_rule',
] as const;
export type Result = CheckResult;

/** A registry module standing in for a resource: its defaults are the module's, so missing settings are not flagged. */
export function isModule(r: ParsedResource): boolean {
  // `module.x` is a registry module call; plan resources inside modules (`module.x.aws_s3_bucket.y`) are concrete.
  return /^module\.[^.]+$/.test(r.name);
}

/** Condition keys that pin the caller to an account, organisation, VPC or source resource (not just an IP). */
const RESTRICTING_KEYS =
  /^aws:(PrincipalOrgID|PrincipalOrgPaths|PrincipalAccount|PrincipalArn|SourceAccount|SourceArn|SourceOwner|SourceVpce?|userid|username)$/i;

/** Whether a statement's Condition limits who the caller can be (an IP range alone does not). */
export function restrictsPrincipal(s: Record<string, unknown>): boolean {
  const c = s['Condition'];
  if (!c || typeof c !== 'object') return false;
  return Object.values(c as Record<string, unknown>).some(
    (ops) => !!ops && typeof ops === 'object' && Object.keys(ops).some((k) => RESTRICTING_KEYS.test(k)),
  );
}

/** A GCP IAM member/binding/policy resource granting a role to allUsers or allAuthenticatedUsers (anyone on the internet). */
export function gcpPublicMembers(r: ParsedResource): CheckResult[] {
  const pub = (m: unknown): boolean => typeof m === 'string' && /^all(Authenticated)?Users$/.test(m);
  const m = get(r.value, ['member']);
  if (pub(m)) return [{ message: `${r.name}: grants a role to ${String(m)}`, at: ['member'] }];
  const ms = asArray(get(r.value, ['members']));
  const i = ms.findIndex(pub);
  if (i >= 0) return [{ message: `${r.name}: grants a role to ${String(ms[i])}`, at: ['members', i] }];
  const policy = get(r.value, ['policy_data']);
  if (typeof policy === 'string' && /"all(Authenticated)?Users"/.test(policy))
    return [
      { message: `${r.name}: policy grants a role to allUsers/allAuthenticatedUsers`, at: ['policy_data'] },
    ];
  return [];
}

/** A resource policy (SNS, SQS, Lambda…) with an Allow statement for any principal that no condition pins down. */
export function publicPolicy(r: ParsedResource, attr = 'policy'): CheckResult[] {
  return allowStatements(get(r.value, [attr])).some(
    (s) => principalIsWildcard(s['Principal']) && !restrictsPrincipal(s),
  )
    ? [{ message: `${r.name}: policy allows any principal`, at: [attr] }]
    : [];
}

/**
 * Inbound Allow rules of an Azure NSG (a standalone `azurerm_network_security_rule` or the
 * `security_rule` blocks of a group) open to any source on `port`: shared by the SSH and RDP checks.
 */
export function azureNsgOpenPort(r: ParsedResource, port: number): Result[] {
  const rules: { v: unknown; base: Path }[] =
    r.type === 'azurerm_network_security_rule'
      ? [{ v: r.value, base: [] }]
      : asArray(get(r.value, ['security_rule'])).map((v, i) => ({ v, base: ['security_rule', i] }));
  const out: Result[] = [];
  for (const { v, base } of rules) {
    if (String(get(v, ['direction'])).toLowerCase() !== 'inbound' || String(get(v, ['access'])).toLowerCase() !== 'allow') continue;
    if (!['tcp', '*'].includes(String(get(v, ['protocol']) ?? '*').toLowerCase())) continue;
    const src = [get(v, ['source_address_prefix']), ...asArray(get(v, ['source_address_prefixes']))];
    if (!src.some((s) => isWorldCidr(s) || s === '0.0.0.0')) continue;
    const ranges = [get(v, ['destination_port_range']), ...asArray(get(v, ['destination_port_ranges']))]
      .filter((x) => x !== undefined)
      .map(String);
    if (!ranges.some((p) => portSpecIncludes(p, port))) continue;
    out.push({
      message: `${r.name}: port ${port} open to the internet`,
      at: [...base, get(v, ['destination_port_range']) !== undefined ? 'destination_port_range' : 'destination_port_ranges'],
    });
  }
  return out;
}

/** `allow` blocks of an ingress `google_compute_firewall` open to the world on `port` (SSH/RDP checks). */
export function gcpFirewallOpenPort(r: ParsedResource, port: number): Result[] {
  if (String(get(r.value, ['direction']) ?? 'INGRESS') !== 'INGRESS') return [];
  if (!asArray(get(r.value, ['source_ranges'])).some(isWorldCidr)) return [];
  const out: Result[] = [];
  asArray(get(r.value, ['allow'])).forEach((a, i) => {
    const proto = String(get(a, ['protocol']));
    const ports = asArray(get(a, ['ports'])).map(String);
    const all = proto === 'all' || (proto === 'tcp' && ports.length === 0);
    if (all || (proto === 'tcp' && ports.some((p) => portSpecIncludes(p, port)))) {
      out.push({ message: `${r.name}: port ${port} open to 0.0.0.0/0`, at: ['allow', i] });
    }
  });
  return out;
}
