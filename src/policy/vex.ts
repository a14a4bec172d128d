/**
 * `--vex FILE`: triage decisions from VEX documents, applied to vulnerability findings.
 * - OpenVEX v0.2.0 (https://github.com/openvex/spec/blob/main/OPENVEX-SPEC.md): statements with
 *   `vulnerability` {name, @id, aliases}, `products` [{@id, identifiers.purl, subcomponents}], `status`,
 *   `justification`, `impact_statement`, `timestamp`. The v0.0.x shapes (vulnerability and products as
 *   plain strings) are read too.
 * - CycloneDX VEX (https://cyclonedx.org/docs/1.6/json/#vulnerabilities): `vulnerabilities[]` with `id`,
 *   `references[].id` (aliases), `analysis` {state, justification, detail, lastUpdated} and
 *   `affects[].ref`: a purl, the bom-ref of a component of the same document, or a BOM-Link
 *   (`urn:cdx:<serial>/<version>#<bom-ref>`) whose bom-ref is a purl.
 *
 * A statement applies to a finding when one of its ids (name or alias) equals the finding's rule id
 * or one of its aliases (case-insensitive), and one of its products is the finding's package: purls
 * are compared without qualifiers and subpath, and a product purl without a version covers every
 * version. A statement without products applies to every package. When several statements apply, the
 * latest (statement timestamp, else document timestamp; then the later file and position) decides,
 * as VEX statements supersede earlier ones. `not_affected`, `false_positive`, `fixed`, `resolved` and
 * `resolved_with_pedigree` suppress; `affected`, `exploitable`, `under_investigation`, `in_triage` do not.
 */
import { readFile } from 'node:fs/promises';
import { PalisadeError, errorMessage } from '../core/errors.js';
import type { Diagnostic, Finding } from '../core/model.js';

export const OPENVEX_STATUSES = ['not_affected', 'affected', 'fixed', 'under_investigation'] as const;
export const CYCLONEDX_STATES = [
  'resolved',
  'resolved_with_pedigree',
  'exploitable',
  'in_triage',
  'false_positive',
  'not_affected',
] as const;
const SUPPRESSING = new Set([
  'not_affected',
  'false_positive',
  'fixed',
  'resolved',
  'resolved_with_pedigree',
]);

export interface VexStatement {
  /** The VEX file, as shown to the user. */
  source: string;
  format: 'openvex' | 'cyclonedx';
  /** Vulnerability name and aliases, lower-cased. */
  ids: string[];
  /** Product purls (normalised, see purlKey); undefined when the statement names no product. */
  products?: string[];
  status: string;
  justification?: string;
  /** OpenVEX impact_statement, CycloneDX analysis.detail. */
  reason?: string;
  /** Milliseconds since the epoch, when the statement or its document has a timestamp. */
  time?: number;
}

export interface VexDocument {
  source: string;
  format: 'openvex' | 'cyclonedx';
  statements: VexStatement[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function malformed(source: string, message: string): PalisadeError {
  return new PalisadeError('bad-config', `${source}: not a valid VEX document: ${message}`);
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * A purl reduced to what VEX matching compares: type lower-cased, percent-encoding decoded,
 * qualifiers and subpath dropped. `version` is undefined for a purl without one.
 */
export function purlKey(purl: string): { name: string; version?: string } | undefined {
  if (!/^pkg:/i.test(purl)) return undefined;
  // `pkg://npm/…` is tolerated by the purl spec; qualifiers and subpath do not identify the package.
  const bare = purl.replace(/^pkg:\/+/i, 'pkg:').replace(/[?#].*$/, '');
  const slash = bare.lastIndexOf('/');
  const at = bare.indexOf('@', slash + 1);
  const namePart = at === -1 ? bare : bare.slice(0, at);
  const version = at === -1 ? undefined : decode(bare.slice(at + 1));
  const typeEnd = namePart.indexOf('/');
  if (typeEnd === -1) return undefined;
  const name = namePart.slice(0, typeEnd).toLowerCase() + '/' + decode(namePart.slice(typeEnd + 1));
  return version === undefined || version === '' ? { name } : { name, version };
}

function productKey(purl: string): string | undefined {
  const k = purlKey(purl);
  return k && (k.version !== undefined ? `${k.name}@${k.version}` : k.name);
}

function productMatches(product: string, packagePurl: string): boolean {
  const p = purlKey(packagePurl);
  if (!p) return false;
  const withVersion = p.version !== undefined ? `${p.name}@${p.version}` : p.name;
  return product === withVersion || product === p.name;
}

function timeOf(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

function optionalString(source: string, where: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw malformed(source, `${where} must be a string`);
  return value;
}

function openVexStatements(doc: Json, source: string): VexStatement[] {
  if (!Array.isArray(doc.statements)) throw malformed(source, `'statements' must be a list`);
  const docTime = timeOf(doc.timestamp);
  return doc.statements.map((s: unknown, i): VexStatement => {
    const where = `statements[${i}]`;
    if (!isObject(s)) throw malformed(source, `${where} must be an object`);
    const ids: string[] = [];
    const v = s.vulnerability;
    if (typeof v === 'string' && v !== '') ids.push(v);
    else if (isObject(v) && typeof v.name === 'string' && v.name !== '') {
      ids.push(v.name);
      if (v.aliases !== undefined) {
        if (!Array.isArray(v.aliases) || !v.aliases.every((a) => typeof a === 'string'))
          throw malformed(source, `${where}.vulnerability.aliases must be a list of strings`);
        ids.push(...(v.aliases as string[]));
      }
    } else throw malformed(source, `${where}.vulnerability needs a name`);
    const status = s.status;
    if (typeof status !== 'string' || !(OPENVEX_STATUSES as readonly string[]).includes(status)) {
      throw malformed(
        source,
        `${where}.status must be one of ${OPENVEX_STATUSES.join(', ')}, got ${JSON.stringify(status)}`,
      );
    }
    let products: string[] | undefined;
    if (s.products !== undefined) {
      if (!Array.isArray(s.products)) throw malformed(source, `${where}.products must be a list`);
      products = [];
      const add = (c: unknown, at: string) => {
        if (typeof c === 'string') {
          const k = productKey(c);
          if (k) products!.push(k);
          return;
        }
        if (!isObject(c)) throw malformed(source, `${at} must be an object`);
        for (const id of [c['@id'], isObject(c.identifiers) ? c.identifiers.purl : undefined]) {
          const k = typeof id === 'string' ? productKey(id) : undefined;
          if (k) products!.push(k);
        }
        if (c.subcomponents !== undefined) {
          if (!Array.isArray(c.subcomponents)) throw malformed(source, `${at}.subcomponents must be a list`);
          c.subcomponents.forEach((sub: unknown, j) => add(sub, `${at}.subcomponents[${j}]`));
        }
      };
      s.products.forEach((p: unknown, j) => add(p, `${where}.products[${j}]`));
    }
    const out: VexStatement = { source, format: 'openvex', ids: ids.map((id) => id.toLowerCase()), status };
    if (products !== undefined) out.products = [...new Set(products)];
    const justification = optionalString(source, `${where}.justification`, s.justification);
    if (justification !== undefined) out.justification = justification;
    const reason = optionalString(source, `${where}.impact_statement`, s.impact_statement);
    if (reason !== undefined) out.reason = reason;
    const time = timeOf(s.timestamp) ?? docTime;
    if (time !== undefined) out.time = time;
    return out;
  });
}

function cycloneDxStatements(doc: Json, source: string): VexStatement[] {
  const vulnerabilities = doc.vulnerabilities ?? [];
  if (!Array.isArray(vulnerabilities)) throw malformed(source, `'vulnerabilities' must be a list`);
  // bom-ref → purl of the document's own components (nested ones included).
  const refs = new Map<string, string>();
  const collect = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const c of list) {
      if (!isObject(c)) continue;
      if (typeof c['bom-ref'] === 'string' && typeof c.purl === 'string') refs.set(c['bom-ref'], c.purl);
      collect(c.components);
    }
  };
  collect(doc.components);
  if (isObject(doc.metadata) && isObject(doc.metadata.component)) collect([doc.metadata.component]);
  const docTime = isObject(doc.metadata) ? timeOf(doc.metadata.timestamp) : undefined;
  const statements: VexStatement[] = [];
  vulnerabilities.forEach((v: unknown, i) => {
    const where = `vulnerabilities[${i}]`;
    if (!isObject(v)) throw malformed(source, `${where} must be an object`);
    if (typeof v.id !== 'string' || v.id === '')
      throw malformed(source, `${where}.id must be a non-empty string`);
    // A vulnerability without an analysis is a finding (an SBOM's own list), not a triage decision.
    if (v.analysis === undefined) return;
    if (!isObject(v.analysis)) throw malformed(source, `${where}.analysis must be an object`);
    const state = v.analysis.state;
    if (state === undefined) return;
    if (typeof state !== 'string' || !(CYCLONEDX_STATES as readonly string[]).includes(state)) {
      throw malformed(
        source,
        `${where}.analysis.state must be one of ${CYCLONEDX_STATES.join(', ')}, got ${JSON.stringify(state)}`,
      );
    }
    const ids = [v.id];
    if (v.references !== undefined) {
      if (!Array.isArray(v.references)) throw malformed(source, `${where}.references must be a list`);
      for (const r of v.references) if (isObject(r) && typeof r.id === 'string') ids.push(r.id);
    }
    let products: string[] | undefined;
    if (v.affects !== undefined) {
      if (!Array.isArray(v.affects)) throw malformed(source, `${where}.affects must be a list`);
      products = [];
      v.affects.forEach((a: unknown, j) => {
        if (!isObject(a) || typeof a.ref !== 'string')
          throw malformed(source, `${where}.affects[${j}].ref must be a string`);
        const ref =
          a.ref.startsWith('urn:cdx:') && a.ref.includes('#')
            ? decode(a.ref.slice(a.ref.indexOf('#') + 1))
            : a.ref;
        const purl = refs.get(ref) ?? (ref.startsWith('pkg:') ? ref : undefined);
        const k = purl && productKey(purl);
        if (k) products!.push(k);
      });
      if (v.affects.length === 0) products = undefined;
    }
    const out: VexStatement = {
      source,
      format: 'cyclonedx',
      ids: ids.map((id) => id.toLowerCase()),
      status: state,
    };
    if (products !== undefined) out.products = [...new Set(products)];
    const justification = optionalString(source, `${where}.analysis.justification`, v.analysis.justification);
    if (justification !== undefined) out.justification = justification;
    const reason = optionalString(source, `${where}.analysis.detail`, v.analysis.detail);
    if (reason !== undefined) out.reason = reason;
    const time = timeOf(v.analysis.lastUpdated) ?? timeOf(v.analysis.firstIssued) ?? docTime;
    if (time !== undefined) out.time = time;
    statements.push(out);
  });
  return statements;
}

/** Parse an OpenVEX or CycloneDX VEX JSON document. Throws PalisadeError('bad-config') naming `source`. */
export function parseVex(text: string, source: string): VexDocument {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw malformed(source, `invalid JSON: ${errorMessage(err)}`);
  }
  if (!isObject(doc)) throw malformed(source, 'expected a JSON object');
  const context = doc['@context'];
  if ((typeof context === 'string' && /openvex/i.test(context)) || Array.isArray(doc.statements)) {
    return { source, format: 'openvex', statements: openVexStatements(doc, source) };
  }
  if (doc.bomFormat === 'CycloneDX' || Array.isArray(doc.vulnerabilities)) {
    return { source, format: 'cyclonedx', statements: cycloneDxStatements(doc, source) };
  }
  throw malformed(
    source,
    'neither OpenVEX (@context https://openvex.dev/ns/…, statements) nor CycloneDX (bomFormat CycloneDX, vulnerabilities)',
  );
}

export async function loadVex(file: string, source: string): Promise<VexDocument> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new PalisadeError('bad-config', `cannot read VEX file ${source}: ${errorMessage(err)}`, {
      cause: err,
    });
  }
  return parseVex(text, source);
}

export interface VexResult {
  findings: Finding[];
  diagnostics: Diagnostic[];
  suppressed: number;
}

/** Apply VEX documents (in the order given) to the vulnerability findings that are not suppressed yet. */
export function applyVex(findings: readonly Finding[], documents: readonly VexDocument[]): VexResult {
  const statements = documents.flatMap((d) => d.statements).map((s, order) => ({ s, order, hits: 0 }));
  const byId = new Map<string, typeof statements>();
  for (const st of statements) {
    for (const id of new Set(st.s.ids)) {
      const list = byId.get(id);
      if (list) list.push(st);
      else byId.set(id, [st]);
    }
  }
  let suppressed = 0;
  const out = findings.map((f) => {
    if (f.kind !== 'vulnerability' || f.suppressed) return f;
    const candidates = new Set([f.ruleId, ...f.aliases].flatMap((id) => byId.get(id.toLowerCase()) ?? []));
    let winner: (typeof statements)[number] | undefined;
    for (const c of candidates) {
      if (c.s.products !== undefined && !c.s.products.some((p) => productMatches(p, f.package.purl)))
        continue;
      c.hits++;
      const t = c.s.time ?? -Infinity;
      const w = winner?.s.time ?? -Infinity;
      if (!winner || t > w || (t === w && c.order > winner.order)) winner = c;
    }
    if (!winner || !SUPPRESSING.has(winner.s.status)) return f;
    suppressed++;
    return {
      ...f,
      suppressed: {
        kind: 'vex' as const,
        status: winner.s.status,
        ...(winner.s.justification !== undefined ? { justification: winner.s.justification } : {}),
        ...(winner.s.reason !== undefined ? { reason: winner.s.reason } : {}),
        source: winner.s.source,
      },
    };
  });
  const diagnostics: Diagnostic[] = [];
  for (const doc of documents) {
    const unused = statements.filter((st) => st.s.source === doc.source && st.hits === 0).length;
    if (unused > 0) {
      diagnostics.push({
        level: 'info',
        code: 'vex-unused',
        path: doc.source,
        message: `${unused} of ${doc.statements.length} VEX statements matched no finding`,
      });
    }
  }
  return { findings: out, diagnostics, suppressed };
}
