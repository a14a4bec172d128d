/**
 * From parsed HCL to the resources checks see: plain values with variables' defaults, locals and
 * `data.aws_iam_policy_document` documents substituted, resolved across the files of one module
 * (a Terraform module is a directory: https://developer.hashicorp.com/terraform/language/modules).
 * References to other resources stay as `${aws_s3_bucket.b.id}` text, so checks can match an
 * `aws_s3_bucket_public_access_block` to its bucket.
 */
import type { ParsedResource } from '../../detectors/misconfig/check.js';
import { Expr, FuncCall, Template, type HclBlock, type HclBody, type HclValue, type Span } from './hcl.js';

export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

/** One parsed file of a module. */
export interface ModuleFile {
  path: string;
  body: HclBody;
}

interface Scope {
  vars: Map<string, HclValue>;
  locals: Map<string, HclValue>;
  policyDocs: Map<string, HclBlock>;
  depth: number;
}

const MAX_DEPTH = 16;

function scopeOf(files: readonly ModuleFile[]): Scope {
  const scope: Scope = { vars: new Map(), locals: new Map(), policyDocs: new Map(), depth: 0 };
  for (const f of files) {
    for (const b of f.body.blocks) {
      if (b.type === 'variable' && b.labels[0]) {
        const d = b.body.attributes.find((a) => a.name === 'default');
        if (d) scope.vars.set(b.labels[0], d.value);
      } else if (b.type === 'locals') {
        for (const a of b.body.attributes) scope.locals.set(a.name, a.value);
      } else if (b.type === 'data' && b.labels[0] === 'aws_iam_policy_document' && b.labels[1]) {
        scope.policyDocs.set(b.labels[1], b);
      }
    }
  }
  return scope;
}

/** `var.x`, `local.x` (optionally followed by `.key`/`["key"]`/`[0]`) or a policy document's `.json`. */
function resolveRef(text: string, scope: Scope): Plain | undefined {
  if (scope.depth > MAX_DEPTH) return undefined;
  const m = /^(var|local)\.([A-Za-z_][\w-]*)((?:\.[A-Za-z_][\w-]*|\[(?:\d+|"[^"]*")\])*)$/.exec(text.trim());
  if (m) {
    const raw = (m[1] === 'var' ? scope.vars : scope.locals).get(m[2]!);
    if (raw === undefined) return undefined;
    let v: Plain | undefined = toPlain(raw, { ...scope, depth: scope.depth + 1 });
    for (const step of m[3]!.match(/\.[A-Za-z_][\w-]*|\[(?:\d+|"[^"]*")\]/g) ?? []) {
      const key = step.startsWith('.') ? step.slice(1) : (JSON.parse(step.slice(1, -1)) as string | number);
      if (v === null || typeof v !== 'object') return undefined;
      v = (v as Record<string, Plain>)[key as string];
      if (v === undefined) return undefined;
    }
    return v;
  }
  const d = /^data\.aws_iam_policy_document\.([A-Za-z_][\w-]*)\.json$/.exec(text.trim());
  if (d) {
    const block = scope.policyDocs.get(d[1]!);
    if (block) return policyDocument(block, { ...scope, depth: scope.depth + 1 });
  }
  return undefined;
}

/**
 * The IAM JSON an `aws_iam_policy_document` renders
 * (https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document).
 */
function policyDocument(block: HclBlock, scope: Scope): Plain {
  const statements: Plain[] = [];
  for (const s of block.body.blocks.filter((b) => b.type === 'statement')) {
    const v = bodyToPlain(s.body, scope);
    const st: Record<string, Plain> = { Effect: (v['effect'] as Plain) ?? 'Allow' };
    if (v['sid'] !== undefined) st['Sid'] = v['sid'];
    if (v['actions'] !== undefined) st['Action'] = v['actions'];
    if (v['not_actions'] !== undefined) st['NotAction'] = v['not_actions'];
    if (v['resources'] !== undefined) st['Resource'] = v['resources'];
    if (v['not_resources'] !== undefined) st['NotResource'] = v['not_resources'];
    for (const [key, out] of [
      ['principals', 'Principal'],
      ['not_principals', 'NotPrincipal'],
    ] as const) {
      const ps = v[key];
      if (Array.isArray(ps)) {
        const p: Record<string, Plain> = {};
        for (const e of ps as Record<string, Plain>[]) {
          const type = String(e['type']);
          const ids = e['identifiers'];
          p[type] = type === '*' ? '*' : (ids ?? []);
        }
        st[out] = p['*'] === '*' ? '*' : p;
      }
    }
    if (Array.isArray(v['condition'])) {
      const c: Record<string, Record<string, Plain>> = {};
      for (const e of v['condition'] as Record<string, Plain>[]) {
        (c[String(e['test'])] ??= {})[String(e['variable'])] = e['values'] ?? [];
      }
      st['Condition'] = c;
    }
    statements.push(st);
  }
  return { Version: '2012-10-17', Statement: statements };
}

function substituteTemplate(text: string, scope: Scope): Plain {
  // A template that is one interpolation yields that value with its own type (HCL spec, "Template Expressions").
  const whole = /^\$\{([^{}]*)\}$/.exec(text);
  if (whole) {
    const v = resolveRef(whole[1]!, scope);
    if (v !== undefined) return v;
  }
  return text.replace(/\$\{([^{}]*)\}/g, (all, ref: string) => {
    const v = resolveRef(ref, scope);
    return v !== undefined && v !== null && typeof v !== 'object' ? String(v) : all;
  });
}

export function toPlain(v: HclValue, scope: Scope): Plain {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Template) return substituteTemplate(v.text, scope);
  if (v instanceof Expr) return resolveRef(v.text, scope) ?? `\${${v.text}}`;
  if (v instanceof FuncCall) {
    // jsonencode/tolist/toset/tostring keep the value's meaning for checks (policies are often jsonencode'd).
    if (
      ['jsonencode', 'tolist', 'toset', 'tostring', 'tonumber', 'tobool', 'tomap'].includes(v.name) &&
      v.args.length === 1
    ) {
      return toPlain(v.args[0]!, scope);
    }
    return `\${${v.text}}`;
  }
  if (Array.isArray(v)) return v.map((e) => toPlain(e, scope));
  const out: Record<string, Plain> = {};
  for (const [k, e] of Object.entries(v)) out[k] = toPlain(e, scope);
  return out;
}

/** Nested blocks become arrays of objects under their type (as in `terraform show -json`); `dynamic` blocks use their content. */
function bodyToPlain(body: HclBody, scope: Scope): Record<string, Plain> {
  const out: Record<string, Plain> = {};
  for (const a of body.attributes) out[a.name] = toPlain(a.value, scope);
  for (const b of body.blocks) {
    const { type, content } = blockContent(b);
    const list = (out[type] ??= []);
    if (Array.isArray(list)) list.push(bodyToPlain(content, scope));
  }
  return out;
}

function blockContent(b: HclBlock): { type: string; content: HclBody } {
  if (b.type === 'dynamic' && b.labels[0]) {
    const c = b.body.blocks.find((x) => x.type === 'content');
    return { type: b.labels[0], content: c?.body ?? { attributes: [], blocks: [] } };
  }
  return { type: b.type, content: b.body };
}

/** Spans of every attribute, block and nested value of a body, keyed by the JSON of their path. */
function collectSpans(body: HclBody, prefix: (string | number)[], spans: Map<string, Span>): void {
  for (const a of body.attributes) {
    spans.set(JSON.stringify([...prefix, a.name]), a.span);
    for (const [k, s] of a.inner) {
      const rel = JSON.parse(k) as (string | number)[];
      if (rel.length > 0) spans.set(JSON.stringify([...prefix, a.name, ...rel]), s);
    }
  }
  const counts = new Map<string, number>();
  for (const b of body.blocks) {
    const { type, content } = blockContent(b);
    const i = counts.get(type) ?? 0;
    counts.set(type, i + 1);
    const p = [...prefix, type, i];
    spans.set(JSON.stringify(p), b.span);
    if (i === 0 && !spans.has(JSON.stringify([...prefix, type])))
      spans.set(JSON.stringify([...prefix, type]), b.span);
    collectSpans(content, p, spans);
  }
}

/**
 * Well-known registry modules (https://registry.terraform.io/namespaces/terraform-aws-modules) whose inputs
 * mirror the attributes of the resource they wrap: a `module "x" { source = "terraform-aws-modules/s3-bucket/aws" }`
 * block becomes a resource of that type named `module.x`, so an explicit insecure input (acl = "public-read")
 * is found. Their defaults are the module's own, so checks do not flag missing settings on them (isModule).
 */
const REGISTRY_MODULES: Readonly<Record<string, string>> = {
  's3-bucket': 'aws_s3_bucket',
  'ec2-instance': 'aws_instance',
  rds: 'aws_db_instance',
  'rds-aurora': 'aws_rds_cluster',
  alb: 'aws_lb',
  elb: 'aws_elb',
  'security-group': 'aws_security_group',
  kms: 'aws_kms_key',
  lambda: 'aws_lambda_function',
  'dynamodb-table': 'aws_dynamodb_table',
  sns: 'aws_sns_topic',
  sqs: 'aws_sqs_queue',
  cloudfront: 'aws_cloudfront_distribution',
  redshift: 'aws_redshift_cluster',
  ecr: 'aws_ecr_repository',
  elasticache: 'aws_elasticache_replication_group',
  vpc: 'aws_vpc',
};
/** Inputs of the s3-bucket module that configure the public access block it creates. */
const PAB_INPUTS = [
  'block_public_acls',
  'block_public_policy',
  'ignore_public_acls',
  'restrict_public_buckets',
];

function registryModuleType(source: unknown): string | undefined {
  if (typeof source !== 'string') return undefined;
  const m =
    /(?:^|\/)terraform-aws-modules\/([a-z0-9-]+)\/aws(?:\/\/|$)/.exec(source) ??
    /terraform-aws-modules\/terraform-aws-([a-z0-9-]+)/.exec(source);
  return m ? REGISTRY_MODULES[m[1]!] : undefined;
}

/**
 * The resources of every file of a module, resolved with the module's variables, locals and policy
 * documents; each resource's `siblings` are all resources of the module.
 */
export function moduleResources(files: readonly ModuleFile[]): ParsedResource[] {
  const scope = scopeOf(files);
  const all: ParsedResource[] = [];
  for (const f of files) {
    for (const b of f.body.blocks) {
      let type: string;
      let name: string;
      if (b.type === 'resource' && b.labels.length >= 2) {
        type = b.labels[0]!;
        name = `${type}.${b.labels[1]}`;
      } else if (b.type === 'module' && b.labels[0]) {
        const source = b.body.attributes.find((a) => a.name === 'source')?.value;
        const t = registryModuleType(source);
        if (!t) continue;
        type = t;
        name = `module.${b.labels[0]}`;
      } else continue;
      const spans = new Map<string, Span>();
      collectSpans(b.body, [], spans);
      const span = b.span;
      const value = bodyToPlain(b.body, scope);
      // A block written as a map attribute (`versioning = { enabled = true }`) has no index 0 in its spans.
      const lines = (p: readonly (string | number)[]): Span | undefined =>
        p.length === 0
          ? { ...span }
          : (spans.get(JSON.stringify(p)) ??
            spans.get(JSON.stringify(p.filter((k, i) => !(k === 0 && typeof p[i + 1] === 'string')))));
      all.push({
        platform: 'terraform',
        type,
        name,
        path: f.path,
        startLine: span.startLine,
        endLine: span.endLine,
        value,
        lines,
        siblings: all,
      });
      if (b.type === 'module' && type === 'aws_s3_bucket' && PAB_INPUTS.some((k) => k in value)) {
        const pab: Record<string, Plain> = { bucket: `\${${name}.s3_bucket_id}` };
        for (const k of PAB_INPUTS) if (k in value) pab[k] = value[k]!;
        all.push({
          platform: 'terraform',
          type: 'aws_s3_bucket_public_access_block',
          name,
          path: f.path,
          startLine: span.startLine,
          endLine: span.endLine,
          value: pab,
          lines,
          siblings: all,
        });
      }
    }
  }
  return all;
}
