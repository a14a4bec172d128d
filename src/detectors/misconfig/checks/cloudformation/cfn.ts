/**
 * Small pure helpers shared by the CloudFormation checks (one folder per check beside this file).
 * Values come from src/analyzers/cloudformation/parse.ts: intrinsics in long form, parameter defaults
 * substituted. A value that is still an intrinsic (`{Ref: …}`, `{'Fn::If': …}`) is unknown at scan
 * time, and checks treat it as "not provably wrong" to keep false positives down.
 */
import type { Severity } from '../../../../core/model.js';
import type { CheckContext, CheckResult, MisconfigCheck, ParsedResource } from '../../check.js';

export type Obj = Record<string, unknown>;
export type At = (string | number)[];

export function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** An unresolved intrinsic function such as `{Ref: X}` or `{'Fn::If': …}`. */
export function isIntrinsic(v: unknown): boolean {
  if (!isObj(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0] === 'Condition' || keys[0]!.startsWith('Fn::'));
}

/** The resource's Properties map ({} when absent). */
export function props(r: ParsedResource): Obj {
  const v = isObj(r.value) ? r.value.Properties : undefined;
  return isObj(v) ? v : {};
}

export function get(v: unknown, path: readonly (string | number)[]): unknown {
  let cur = v;
  for (const seg of path) {
    if (Array.isArray(cur) && typeof seg === 'number') cur = cur[seg];
    else if (isObj(cur)) cur = cur[String(seg)];
    else return undefined;
  }
  return cur;
}

/** CloudFormation accepts booleans as `true` or the strings "true"/"True". */
export function isTrue(v: unknown): boolean {
  return v === true || (typeof v === 'string' && v.toLowerCase() === 'true');
}
export function isFalse(v: unknown): boolean {
  return v === false || (typeof v === 'string' && v.toLowerCase() === 'false');
}

export function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

/** Logical id a value points at: `{Ref: X}`, `{'Fn::GetAtt': [X, …]}`, or a `!Sub '${X}'`. */
export function refName(v: unknown): string | undefined {
  if (!isObj(v)) return undefined;
  if (typeof v.Ref === 'string') return v.Ref;
  const ga = v['Fn::GetAtt'];
  if (Array.isArray(ga) && typeof ga[0] === 'string') return ga[0];
  const sub = v['Fn::Sub'];
  if (typeof sub === 'string') {
    const m = /^\$\{([A-Za-z0-9]+)(\.[A-Za-z]+)?\}$/.exec(sub);
    if (m) return m[1];
  }
  return undefined;
}

/** Sibling resources of the given types. */
export function siblingsOfType(r: ParsedResource, ...types: string[]): ParsedResource[] {
  return r.siblings.filter((s) => types.includes(s.type));
}

/** Whether a property value refers to the resource (by Ref/GetAtt/Sub, or by its literal name). */
export function pointsTo(v: unknown, target: ParsedResource): boolean {
  if (refName(v) === target.name) return true;
  if (typeof v === 'string') {
    const nameProp = props(target).BucketName ?? props(target).TopicName ?? props(target).QueueName;
    return typeof nameProp === 'string' && (v === nameProp || v.endsWith(`:::${nameProp}`));
  }
  return false;
}

export interface PolicyStatement {
  value: Obj;
  /** Path of the statement inside the resource value. */
  at: At;
}

/**
 * Statements of an IAM policy document at `at` (Statement may be one object or a list). Templates may
 * also hold the document as a JSON string; its statements then all point at the string.
 */
export function statements(r: ParsedResource, at: At): PolicyStatement[] {
  let doc = get(r.value, at);
  let inString = false;
  if (typeof doc === 'string') {
    try {
      doc = JSON.parse(doc) as unknown;
      inString = true;
    } catch {
      return [];
    }
  }
  if (!isObj(doc)) return [];
  const st = doc.Statement;
  if (Array.isArray(st))
    return st.flatMap((s, i) =>
      isObj(s) ? [{ value: s, at: inString ? at : [...at, 'Statement', i] }] : [],
    );
  return isObj(st) ? [{ value: st, at: inString ? at : [...at, 'Statement'] }] : [];
}

/** Permission policy documents a resource carries: PolicyDocument and Policies[].PolicyDocument (trust and key policies are separate). */
export function policyDocs(r: ParsedResource): At[] {
  const p = props(r);
  const out: At[] = [];
  if (p.PolicyDocument !== undefined) out.push(['Properties', 'PolicyDocument']);
  if (Array.isArray(p.Policies)) {
    p.Policies.forEach((pol, i) => {
      if (isObj(pol) && pol.PolicyDocument !== undefined)
        out.push(['Properties', 'Policies', i, 'PolicyDocument']);
    });
  }
  return out;
}

export function isAllow(s: Obj): boolean {
  return s.Effect === 'Allow';
}

/** `*`, or `{AWS: '*'}` / `{AWS: ['*']}` style principals that mean everyone. */
export function isPublicPrincipal(p: unknown): boolean {
  if (p === '*') return true;
  if (isObj(p)) return Object.values(p).some((v) => asArray(v).includes('*'));
  return false;
}

/** Actions of a statement, as strings. */
export function actions(s: Obj): string[] {
  return asArray(s.Action).filter((a): a is string => typeof a === 'string');
}

/** Index of an element in an array-valued field, for precise `at` paths (undefined when the field is scalar). */
export function at(base: At, field: string, arrayField: unknown, i: number): At {
  return Array.isArray(arrayField) ? [...base, field, i] : [...base, field];
}

export interface CfnCheckDef {
  id: string;
  slug: string;
  title: string;
  severity: Severity;
  description: string;
  remediation: string;
  references: readonly string[];
  kics?: readonly string[];
  resourceTypes: readonly string[];
  evaluate(resource: ParsedResource, ctx: CheckContext): CheckResult[];
}

export function cfnCheck(def: CfnCheckDef): MisconfigCheck {
  return { ...def, platform: 'cloudformation', kics: def.kics ?? [] };
}

/** The deepest existing prefix of `path` in the resource value (for "missing" findings nearest the gap). */
export function deepest(r: ParsedResource, path: At): At | undefined {
  let cur: unknown = r.value;
  const out: At = [];
  for (const seg of path) {
    const next = get(cur, [seg]);
    if (next === undefined) break;
    out.push(seg);
    cur = next;
  }
  return out.length > 0 ? out : undefined;
}

export interface IngressRule {
  rule: Obj;
  /** Where a finding points: the inline SecurityGroupIngress list (KICS and the console both show the list), or the standalone rule's CIDR. */
  at: At;
  index?: number;
}

/**
 * Ingress rules of an AWS::EC2::SecurityGroup (inline) or an AWS::EC2::SecurityGroupIngress resource.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-security-group-rule.html
 */
export function ingressRules(r: ParsedResource): IngressRule[] {
  const p = props(r);
  if (r.type === 'AWS::EC2::SecurityGroupIngress') {
    const cidrKey = p.CidrIp !== undefined ? 'CidrIp' : p.CidrIpv6 !== undefined ? 'CidrIpv6' : undefined;
    return [{ rule: p, at: cidrKey ? ['Properties', cidrKey] : ['Properties'] }];
  }
  const list = p.SecurityGroupIngress;
  if (!Array.isArray(list))
    return isObj(list) ? [{ rule: list, at: ['Properties', 'SecurityGroupIngress'] }] : [];
  return list.flatMap((rule, i) =>
    isObj(rule) ? [{ rule, at: ['Properties', 'SecurityGroupIngress'], index: i }] : [],
  );
}

/** A CIDR that matches every address: 0.0.0.0/0, ::/0, or any "/0" prefix (10.0.0.1/0 is still everything). */
export function isOpenCidr(v: unknown): boolean {
  return typeof v === 'string' && /\/0$/.test(v.trim());
}

export function ruleIsOpen(rule: Obj): boolean {
  return isOpenCidr(rule.CidrIp) || isOpenCidr(rule.CidrIpv6);
}

/** Port range of a rule; all ports for protocol -1/all (ports are then ignored by EC2). */
export function portRange(rule: Obj): [number, number] | undefined {
  const proto = String(rule.IpProtocol ?? '').toLowerCase();
  if (proto === '-1' || proto === 'all') return [0, 65535];
  const from = Number(rule.FromPort);
  const to = Number(rule.ToPort);
  if (!Number.isFinite(from) || !Number.isFinite(to)) return undefined;
  if (from === -1 || to === -1) return [0, 65535];
  return [Math.min(from, to), Math.max(from, to)];
}

export function ruleCoversPort(rule: Obj, port: number): boolean {
  const proto = String(rule.IpProtocol ?? '').toLowerCase();
  // ICMP "ports" are types and codes, not TCP/UDP ports.
  if (proto === 'icmp' || proto === '1' || proto === 'icmpv6' || proto === '58') return false;
  const range = portRange(rule);
  return range !== undefined && range[0] <= port && port <= range[1];
}

export function describeRule(rule: Obj, index?: number): string {
  const range = portRange(rule);
  const ports = !range
    ? '?'
    : range[0] === 0 && range[1] === 65535
      ? 'all ports'
      : range[0] === range[1]
        ? `port ${range[0]}`
        : `ports ${range[0]}-${range[1]}`;
  const cidr = String(rule.CidrIp ?? rule.CidrIpv6);
  return `${index === undefined ? 'ingress rule' : `ingress rule #${index + 1}`} (${ports}) is open to ${cidr}`;
}

/** Findings for ingress rules open to the world that reach any of `ports` (all rules when ports is undefined). */
export function openIngress(
  r: ParsedResource,
  ports: readonly number[] | undefined,
  what: string,
): CheckResult[] {
  const out: CheckResult[] = [];
  for (const { rule, at, index } of ingressRules(r)) {
    if (!ruleIsOpen(rule)) continue;
    const hit = ports === undefined ? true : ports.find((p) => ruleCoversPort(rule, p));
    if (hit === undefined) continue;
    out.push({
      message: `security group '${r.name}': ${describeRule(rule, index)}${typeof hit === 'number' ? ` (${what} ${hit})` : ''}`,
      at,
    });
  }
  return out;
}

export const SECURITY_GROUP_TYPES = ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'] as const;

export interface SettingRule {
  /** Path inside the resource value, starting with 'Properties'. */
  path: At;
  /** true when the value is acceptable (intrinsics are never judged). */
  ok(v: unknown): boolean;
  /** Whether a missing value is acceptable (the service default is safe). */
  missingOk?: boolean;
  /** e.g. 'does not enable storage encryption'. */
  problem: string;
}

/**
 * The common shape "this property must be set to a safe value": a wrong value points at itself, a
 * missing one at the deepest part of its path that exists (e.g. Properties), or the resource.
 */
export function checkSetting(r: ParsedResource, rule: SettingRule): CheckResult[] {
  const v = get(r.value, rule.path);
  const kind = r.type.split('::').pop();
  if (v === undefined || v === null) {
    return rule.missingOk
      ? []
      : [
          {
            message: `${kind} '${r.name}' ${rule.problem} (${rule.path.slice(1).join('.')} is not set)`,
            at: deepest(r, rule.path),
          },
        ];
  }
  if (isIntrinsic(v) || rule.ok(v)) return [];
  return [
    {
      message: `${kind} '${r.name}' ${rule.problem} (${rule.path.slice(1).join('.')}: ${JSON.stringify(v)})`,
      at: rule.path,
    },
  ];
}

export const mustBeTrue = (v: unknown): boolean => isTrue(v);
export const mustNotBeTrue = (v: unknown): boolean => !isTrue(v);
export const nonEmpty = (v: unknown): boolean => v !== '' && !(Array.isArray(v) && v.length === 0);

/** Resource types that carry IAM permission policies. */
export const IAM_POLICY_TYPES = [
  'AWS::IAM::Policy',
  'AWS::IAM::ManagedPolicy',
  'AWS::IAM::Role',
  'AWS::IAM::User',
  'AWS::IAM::Group',
] as const;

/** Statements of all permission policies of an IAM resource, with the path of their policy document. */
export function permissionStatements(r: ParsedResource): (PolicyStatement & { doc: At })[] {
  return policyDocs(r).flatMap((doc) => statements(r, doc).map((s) => ({ ...s, doc })));
}

/**
 * Condition keys that really narrow who can use a statement. aws:Referer and aws:UserAgent are set by
 * the caller and do not ( https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-referer ).
 */
const SCOPING_KEYS = new Set(
  [
    'aws:SourceArn',
    'aws:SourceAccount',
    'aws:SourceOwner',
    'aws:SourceOrgID',
    'aws:SourceOrgPaths',
    'aws:PrincipalOrgID',
    'aws:PrincipalOrgPaths',
    'aws:PrincipalAccount',
    'aws:PrincipalArn',
    'aws:PrincipalServiceName',
    'aws:SourceVpc',
    'aws:SourceVpce',
    'aws:SourceIp',
    'aws:VpcSourceIp',
    'aws:userid',
    'aws:username',
    'kms:CallerAccount',
    'kms:ViaService',
    'sns:Endpoint',
    'lambda:FunctionUrlAuthType',
    's3:DataAccessPointAccount',
  ].map((k) => k.toLowerCase()),
);

function restrictsPrincipal(cond: unknown): boolean {
  if (!isObj(cond)) return false;
  return Object.values(cond).some(
    (byKey) => isObj(byKey) && Object.keys(byKey).some((k) => SCOPING_KEYS.has(k.toLowerCase())),
  );
}

/** Allow statements of a resource policy open to everyone: Principal "*" (or {AWS: "*"}) not narrowed by a scoping condition. */
export function publicAllowStatements(r: ParsedResource, docAt: At): PolicyStatement[] {
  return statements(r, docAt).filter(
    ({ value: s }) => isAllow(s) && isPublicPrincipal(s.Principal) && !restrictsPrincipal(s.Condition),
  );
}

/**
 * The two settings of a bucket's PublicAccessBlockConfiguration that one S3 check needs set to true
 * (BlockPublicAcls + IgnorePublicAcls, or BlockPublicPolicy + RestrictPublicBuckets); `what` names the
 * protection in the message when the whole block is missing.
 */
export function s3PublicAccessSettings(r: ParsedResource, keys: readonly string[], what: string): CheckResult[] {
  const pab = props(r).PublicAccessBlockConfiguration;
  if (!isObj(pab)) {
    return [
      {
        message: `bucket '${r.name}' has no PublicAccessBlockConfiguration ${what}`,
        at: deepest(r, ['Properties', 'PublicAccessBlockConfiguration']),
      },
    ];
  }
  for (const key of keys) {
    if (pab[key] === undefined) {
      return [{ message: `bucket '${r.name}' does not set ${key}`, at: ['Properties', 'PublicAccessBlockConfiguration'] }];
    }
    if (isFalse(pab[key])) {
      return [{ message: `bucket '${r.name}' sets ${key} to false`, at: ['Properties', 'PublicAccessBlockConfiguration', key] }];
    }
  }
  return [];
}
