/**
 * Kubernetes manifests → ParsedResource[] with a line range for every value.
 * Multi-document streams (`---`), `kind: List` (and `*List`) items, YAML or JSON (JSON is YAML 1.2).
 * Decided by content: a document is a Kubernetes object when its top level has string `apiVersion`
 * and `kind` (https://kubernetes.io/docs/concepts/overview/working-with-objects/#required-fields);
 * compose files, GitHub workflows and CloudFormation templates have neither, so they yield nothing.
 */
import { LineCounter, isMap, isScalar, isSeq, parseAllDocuments, type Node } from 'yaml';
import type { Diagnostic } from '../../core/model.js';
import type { ParsedResource } from '../../detectors/misconfig/check.js';

/** Billion-laughs guard: a manifest has no reason to expand many aliases. */
const MAX_ALIAS_COUNT = 100;

export interface KubernetesParse {
  resources: ParsedResource[];
  diagnostics: Diagnostic[];
}

type Range = { startLine: number; endLine: number };

/** Cheap pre-filter so non-manifest YAML (most of a repository) is never fully parsed. */
export function mayBeKubernetes(text: string): boolean {
  return /(^|[\s{,])["']?apiVersion["']?\s*:/m.test(text) && /(^|[\s{,])["']?kind["']?\s*:/m.test(text);
}

function isK8sObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  return typeof o.apiVersion === 'string' && typeof o.kind === 'string' && o.apiVersion !== '' && o.kind !== '';
}

export function parseKubernetes(text: string, path: string): KubernetesParse {
  const resources: ParsedResource[] = [];
  const diagnostics: Diagnostic[] = [];
  if (!mayBeKubernetes(text)) return { resources, diagnostics };
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lc, prettyErrors: false });
  const docList = Array.isArray(docs) ? docs : [];
  const lineOf = (offset: number): number => lc.linePos(Math.max(0, Math.min(offset, text.length))).line;
  const rangeOf = (node: { range?: [number, number, number] | null } | null | undefined, keyNode?: Node | null): Range | undefined => {
    const r = node?.range;
    if (!r) return undefined;
    const start = keyNode?.range ? keyNode.range[0] : r[0];
    // range[1] is the end of the value, usually just after its last newline: step back onto the value.
    let end = r[1];
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    const startLine = lineOf(start);
    return { startLine, endLine: Math.max(startLine, lineOf(Math.max(start, end - 1))) };
  };

  for (const doc of docList) {
    const docText = doc.range ? text.slice(doc.range[0], doc.range[2]) : '';
    if (doc.errors.length > 0) {
      // An unrendered Helm template ({{ … }}) is not YAML; its rendered output is scanned instead.
      if (docText.includes('{{')) continue;
      if (mayBeKubernetes(docText)) {
        const e = doc.errors[0]!;
        const line = e.linePos?.[0]?.line ?? lineOf(e.pos[0]);
        diagnostics.push({
          level: 'warning',
          code: 'parse-error',
          path,
          message: `invalid YAML in a Kubernetes manifest${line ? ` at line ${line}` : ''}: ${e.message.split('\n')[0]}`,
        });
      }
      continue;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      diagnostics.push({ level: 'warning', code: 'parse-error', path, message: `cannot expand YAML document: ${(err as Error).message}` });
      continue;
    }
    if (!isK8sObject(value)) continue;
    const root = doc.contents as Node | null;
    // `kind: List` (kubectl get -o yaml) and typed lists (`PodList`, …) wrap their objects in `items`.
    if (/List$/.test(value.kind as string) && Array.isArray(value.items)) {
      value.items.forEach((item, i) => {
        if (isK8sObject(item)) resources.push(makeResource(item, ['items', i]));
      });
    } else {
      resources.push(makeResource(value, []));
    }

    function makeResource(obj: Record<string, unknown>, prefix: (string | number)[]): ParsedResource {
      const lines = (p: readonly (string | number)[]): Range | undefined => {
        let node: unknown = root;
        let keyNode: Node | null = null;
        for (const seg of [...prefix, ...p]) {
          keyNode = null;
          if (isMap(node)) {
            const pair = node.items.find((it) => (isScalar(it.key) ? String(it.key.value) : it.key) === String(seg));
            if (!pair) return undefined;
            keyNode = pair.key as Node;
            node = pair.value;
            if (node === null) return rangeOf(keyNode);
          } else if (isSeq(node) && typeof seg === 'number') {
            node = node.items[seg];
            if (node === undefined) return undefined;
          } else {
            return undefined;
          }
        }
        return rangeOf(node as Node, keyNode);
      };
      const whole = lines([]) ?? { startLine: 1, endLine: 1 };
      const meta = (obj.metadata ?? {}) as Record<string, unknown>;
      const name = typeof meta.name === 'string' ? meta.name : typeof meta.generateName === 'string' ? `${meta.generateName}*` : '(unnamed)';
      return {
        platform: 'kubernetes',
        type: obj.kind as string,
        name: `${obj.kind as string}/${name}`,
        path,
        startLine: whole.startLine,
        endLine: whole.endLine,
        value: obj,
        lines,
        siblings: [],
      };
    }
  }
  // Siblings: the file's other resources (NetworkPolicy presence, bindings ↔ roles, …).
  for (const r of resources) (r as { siblings: readonly ParsedResource[] }).siblings = resources.filter((o) => o !== r);
  return { resources, diagnostics };
}
