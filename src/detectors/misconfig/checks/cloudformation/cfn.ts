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

/** Statements of an IAM policy document at `at` (Statement may be one object or a list). */
export function statements(r: ParsedResource, at: At): PolicyStatement[] {
  const doc = get(r.value, at);
  if (!isObj(doc)) return [];
  const st = doc.Statement;
  if (Array.isArray(st)) return st.flatMap((s, i) => (isObj(s) ? [{ value: s, at: [...at, 'Statement', i] }] : []));
  return isObj(st) ? [{ value: st, at: [...at, 'Statement'] }] : [];
}

/** Policy documents a resource carries: PolicyDocument, KeyPolicy, Policies[].PolicyDocument, AssumeRolePolicyDocument excluded. */
export function policyDocs(r: ParsedResource): At[] {
  const p = props(r);
  const out: At[] = [];
  if (isObj(p.PolicyDocument)) out.push(['Properties', 'PolicyDocument']);
  if (Array.isArray(p.Policies)) {
    p.Policies.forEach((pol, i) => {
      if (isObj(pol) && isObj(pol.PolicyDocument)) out.push(['Properties', 'Policies', i, 'PolicyDocument']);
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

/** A check of one property that must be set to an expected value: missing → resource, wrong → the value. */
export function requireProp(
  r: ParsedResource,
  path: At,
  ok: (v: unknown) => boolean,
  messages: { missing: string; wrong: string },
  missingOk = false,
): CheckResult[] {
  const v = get(r.value, path);
  if (v === undefined || v === null) return missingOk ? [] : [{ message: messages.missing }];
  if (isIntrinsic(v) || ok(v)) return [];
  return [{ message: messages.wrong, at: path }];
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
