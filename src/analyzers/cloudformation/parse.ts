/**
 * CloudFormation (and SAM) templates, YAML or JSON, parsed with the `yaml` package so every value keeps
 * its line. Short-form intrinsics (`!Ref X`, `!GetAtt A.B`, `!Sub …`) become their long forms
 * (`{Ref: X}`, `{'Fn::GetAtt': [A, B]}`, `{'Fn::Sub': …}`), exactly as CloudFormation itself reads them:
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html
 * A `Ref` to a parameter with a `Default` is replaced by that default (the value a stack gets when
 * nobody overrides it); a `Ref` to a resource stays `{Ref: LogicalId}` for cross-resource checks.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments } from 'yaml';
import type { Document, Node, Pair, ScalarTag, CollectionTag } from 'yaml';
import { PalisadeError } from '../../core/errors.js';
import type { IacDoc, ParsedResource } from '../../detectors/misconfig/check.js';

/** Short-form tag → long-form key. `!Ref` and `!Condition` are not `Fn::` functions. */
const INTRINSICS: Readonly<Record<string, string>> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  '!Sub': 'Fn::Sub',
  '!GetAtt': 'Fn::GetAtt',
  '!Join': 'Fn::Join',
  '!If': 'Fn::If',
  '!Equals': 'Fn::Equals',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!FindInMap': 'Fn::FindInMap',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!ImportValue': 'Fn::ImportValue',
  '!GetAZs': 'Fn::GetAZs',
  '!And': 'Fn::And',
  '!Or': 'Fn::Or',
  '!Not': 'Fn::Not',
  '!Transform': 'Fn::Transform',
  '!Length': 'Fn::Length',
  '!ToJsonString': 'Fn::ToJsonString',
};

/**
 * The tags are declared for scalars, sequences and maps so the parser accepts them without warnings;
 * the conversion below reads `node.tag` itself, so resolve() only keeps the plain value.
 */
const CUSTOM_TAGS: (ScalarTag | CollectionTag)[] = Object.keys(INTRINSICS).flatMap((tag) => [
  { tag, resolve: (s: string) => s } as ScalarTag,
  { tag, collection: 'seq', resolve: (n: unknown) => n } as unknown as CollectionTag,
  { tag, collection: 'map', resolve: (n: unknown) => n } as unknown as CollectionTag,
]);

/** Cheap textual pre-check so ordinary YAML/JSON (package.json, k8s, compose) is not parsed at all. */
const LOOKS_LIKE_CFN = /AWSTemplateFormatVersion|["']?Type["']?\s*:\s*["']?(AWS|Alexa)::/;

type Lines = { startLine: number; endLine: number };
type Path = readonly (string | number)[];

interface Ctx {
  lc: LineCounter;
  /** Parameter logical id → resolved Default (only parameters that have one). */
  defaults: Map<string, unknown>;
}

function keyOf(pair: Pair): string | undefined {
  const k = pair.key;
  if (isScalar(k)) return String(k.value);
  if (typeof k === 'string' || typeof k === 'number') return String(k);
  return undefined;
}

/** The pair of a map node with the given key. */
function pairOf(node: unknown, key: string): Pair | undefined {
  if (!isMap(node)) return undefined;
  for (const it of node.items) if (isPair(it) && keyOf(it) === key) return it;
  return undefined;
}

function lineOf(lc: LineCounter, offset: number): number {
  return lc.linePos(offset).line;
}

function rangeLines(lc: LineCounter, start: number, end: number): Lines {
  const s = lineOf(lc, start);
  return { startLine: s, endLine: Math.max(s, lineOf(lc, Math.max(start, end - 1))) };
}

/** Plain JS value of a node, with short-form intrinsics turned into long forms and parameter defaults substituted. */
function toValue(node: unknown, ctx: Ctx | undefined): unknown {
  let v: unknown;
  if (isMap(node)) {
    const o: Record<string, unknown> = {};
    for (const it of node.items) {
      const k = keyOf(it);
      if (k !== undefined) o[k] = toValue(it.value, ctx);
    }
    v = o;
  } else if (isSeq(node)) {
    v = node.items.map((n) => toValue(n, ctx));
  } else if (isScalar(node)) {
    v = node.value;
  } else {
    v = node ?? null;
  }
  const tag = (node as { tag?: string } | null)?.tag;
  const fn = tag ? INTRINSICS[tag] : undefined;
  if (fn) {
    // `!GetAtt Res.Attr` is the dotted short form of ['Res', 'Attr'].
    if (fn === 'Fn::GetAtt' && typeof v === 'string') {
      const dot = v.indexOf('.');
      v = dot > 0 ? [v.slice(0, dot), v.slice(dot + 1)] : [v];
    }
    v = { [fn]: v };
  }
  if (ctx && v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length === 1 && keys[0] === 'Ref' && typeof o.Ref === 'string' && ctx.defaults.has(o.Ref)) {
      return ctx.defaults.get(o.Ref);
    }
  }
  return v;
}

/** Line range of the value at `path` under `node`; stops at the deepest node that exists (e.g. a `!Ref`). */
function linesAt(lc: LineCounter, node: Node, keyStart: number | undefined, path: Path): Lines | undefined {
  let cur: unknown = node;
  let start = keyStart ?? node.range?.[0];
  for (const seg of path) {
    if (isMap(cur)) {
      const p = pairOf(cur, String(seg));
      if (!p) break;
      const kr = (p.key as Node | null)?.range;
      cur = p.value;
      start = kr?.[0] ?? (cur as Node | null)?.range?.[0];
    } else if (isSeq(cur) && typeof seg === 'number' && seg < cur.items.length) {
      cur = cur.items[seg];
      start = (cur as Node | null)?.range?.[0];
    } else break;
  }
  const r = (cur as Node | null)?.range;
  if (start === undefined) return undefined;
  const end = r ? r[1] : start + 1;
  return rangeLines(lc, start, Math.max(end, start + 1));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** SAM resource type → its section of the template's `Globals`. */
const SAM_GLOBALS: Readonly<Record<string, string>> = {
  'AWS::Serverless::Function': 'Function',
  'AWS::Serverless::Api': 'Api',
  'AWS::Serverless::HttpApi': 'HttpApi',
  'AWS::Serverless::SimpleTable': 'SimpleTable',
  'AWS::Serverless::StateMachine': 'StateMachine',
};

/**
 * SAM copies `Globals.<Section>` into every resource of that kind; maps merge (the resource wins),
 * anything else is replaced by the resource's value.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy-globals.html
 */
function mergeGlobals(global: unknown, local: unknown): unknown {
  if (local === undefined) return global;
  if (isRecord(global) && isRecord(local)) {
    const out: Record<string, unknown> = { ...global };
    for (const [k, v] of Object.entries(local)) out[k] = mergeGlobals(global[k], v);
    return out;
  }
  return local;
}

/** true when a parsed root is a CloudFormation template: decided by content, never by file name. */
export function isTemplate(root: unknown): boolean {
  if (!root || typeof root !== 'object' || Array.isArray(root)) return false;
  const o = root as Record<string, unknown>;
  if ('AWSTemplateFormatVersion' in o) return true;
  const res = o.Resources;
  if (!res || typeof res !== 'object' || Array.isArray(res)) return false;
  return Object.values(res).some((r) => {
    const t = r && typeof r === 'object' ? (r as Record<string, unknown>).Type : undefined;
    return typeof t === 'string' && /^(AWS|Alexa)::/.test(t);
  });
}

function resourcesOf(doc: Document.Parsed, lc: LineCounter, path: string): ParsedResource[] {
  const root = doc.contents;
  const raw = toValue(root, undefined);
  if (!isTemplate(raw)) return [];
  const out: ParsedResource[] = [];
  const defaults = new Map<string, unknown>();
  const params = pairOf(root, 'Parameters')?.value;
  if (isMap(params)) {
    for (const it of params.items) {
      const name = keyOf(it);
      const dp = pairOf(it.value, 'Default');
      if (name !== undefined && dp) defaults.set(name, toValue(dp.value, undefined));
    }
  }
  const ctx: Ctx = { lc, defaults };
  const globals = toValue(pairOf(root, 'Globals')?.value, ctx);
  const make = (pair: Pair, name: string, type: string, resolve: boolean): ParsedResource => {
    const node = pair.value as Node;
    const keyStart = (pair.key as Node).range![0];
    const whole = rangeLines(lc, keyStart, node.range?.[1] ?? keyStart + 1);
    let value = toValue(node, resolve ? ctx : undefined);
    const section = SAM_GLOBALS[type];
    if (section && isRecord(globals) && isRecord(globals[section]) && isRecord(value)) {
      value = { ...value, Properties: mergeGlobals(globals[section], value.Properties) };
    }
    return {
      platform: 'cloudformation',
      type,
      name,
      path,
      startLine: whole.startLine,
      endLine: whole.endLine,
      value,
      lines: (p) => linesAt(lc, node, keyStart, p),
      siblings: out,
    };
  };
  // Parameters are handed to checks as pseudo-resources of type `Parameter` (e.g. a password without NoEcho).
  if (isMap(params)) {
    for (const it of params.items) {
      const name = keyOf(it);
      if (name !== undefined && isMap(it.value)) out.push(make(it, name, 'Parameter', false));
    }
  }
  const resources = pairOf(root, 'Resources')?.value;
  if (isMap(resources)) {
    for (const it of resources.items) {
      const name = keyOf(it);
      const tp = pairOf(it.value, 'Type');
      const type = tp && isScalar(tp.value) ? String(tp.value.value) : undefined;
      if (name !== undefined && type !== undefined) out.push(make(it, name, type, true));
    }
  }
  return out;
}

/** Parse one file; undefined when it is not a CloudFormation template. */
export function parseCloudFormation(text: string, path: string): IacDoc | undefined {
  if (!LOOKS_LIKE_CFN.test(text)) return undefined;
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, {
    lineCounter: lc,
    customTags: CUSTOM_TAGS,
    uniqueKeys: false,
    strict: false,
  });
  // parseAllDocuments returns an EmptyStream (not an array) for an empty file.
  if (!Array.isArray(docs)) return undefined;
  const resources: ParsedResource[] = [];
  let found = false;
  for (const doc of docs) {
    if (doc.errors.length > 0) {
      // Only a file that declares itself a template is worth a parse-error diagnostic.
      if (/AWSTemplateFormatVersion/.test(text)) {
        throw new PalisadeError('parse-error', `invalid CloudFormation template: ${doc.errors[0]!.message}`);
      }
      continue;
    }
    if (!isTemplate(toValue(doc.contents, undefined))) continue;
    found = true;
    resources.push(...resourcesOf(doc, lc, path));
  }
  return found ? { platform: 'cloudformation', text, resources } : undefined;
}
