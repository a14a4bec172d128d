/**
 * SPDX license expressions (SPDX 2.3 Annex D, https://spdx.github.io/spdx-spec/v2.3/SPDX-license-expressions/):
 * just enough to tell whether a recorded license string is a list id, a valid expression, or free text,
 * and to print it in canonical form. Hand-written because the grammar is tiny and the npm parsers carry
 * their own (older) copy of the license list, which would disagree with the CycloneDX schema's enum.
 */
import { SPDX_EXCEPTION_IDS, SPDX_LICENSE_IDS } from './spdx-license-list.js';

// Ids match case-insensitively (Annex D.2); we print the list's spelling.
const LICENSE_BY_LOWER = new Map(SPDX_LICENSE_IDS.map((id) => [id.toLowerCase(), id]));
const EXCEPTION_BY_LOWER = new Map(SPDX_EXCEPTION_IDS.map((id) => [id.toLowerCase(), id]));
const LICENSE_REF = /^LicenseRef-[A-Za-z0-9.-]+$/i;
// Longer than any real expression; stops pathological input from costing time in the parser.
const MAX_LENGTH = 2000;

export type LicenseNode =
  | { type: 'license'; id: string; plus: boolean; exception?: string }
  | { type: 'ref'; id: string }
  | { type: 'and' | 'or'; left: LicenseNode; right: LicenseNode };

/** How a recorded license string is written into an SBOM. */
export type LicenseClass =
  /** One id from the SPDX list, no `+`, no `WITH`: CycloneDX `license.id`. */
  | { kind: 'id'; id: string }
  /** Any other valid expression (including a lone `LicenseRef-…`), canonically printed. */
  | { kind: 'expression'; expression: string; node: LicenseNode }
  /** Free text such as `BSD-like` or `UNLICENSED`: CycloneDX `license.name`, SPDX `LicenseRef-`. */
  | { kind: 'name'; name: string };

function tokenize(text: string): string[] {
  // Every non-space character falls in one of the alternatives, so this never fails.
  return text.match(/\(|\)|[^\s()]+/g) ?? [];
}

/** Parse an SPDX license expression; undefined when it is not one. */
export function parseLicenseExpression(text: string): LicenseNode | undefined {
  if (text.length === 0 || text.length > MAX_LENGTH) return undefined;
  const tokens = tokenize(text);
  if (tokens.length === 0) return undefined;
  let pos = 0;
  // Operators must be all upper or all lower case (Annex D.2); mixed case is not an operator.
  const isOp = (op: string) => tokens[pos] === op || tokens[pos] === op.toLowerCase();

  const simple = (): LicenseNode | undefined => {
    const word = tokens[pos];
    if (word === undefined) return undefined;
    if (word === '(') {
      pos++;
      const inner = orExpr();
      if (!inner || tokens[pos] !== ')') return undefined;
      pos++;
      return inner;
    }
    if (word === ')' || ['and', 'or', 'with'].includes(word.toLowerCase())) return undefined;
    pos++;
    if (LICENSE_REF.test(word)) return { type: 'ref', id: 'LicenseRef-' + word.slice('LicenseRef-'.length) };
    let id = LICENSE_BY_LOWER.get(word.toLowerCase());
    let plus = false;
    if (!id && word.endsWith('+')) {
      id = LICENSE_BY_LOWER.get(word.slice(0, -1).toLowerCase());
      plus = true;
    }
    if (!id) return undefined;
    const node: LicenseNode = { type: 'license', id, plus };
    if (isOp('WITH')) {
      pos++;
      const exception =
        tokens[pos] === undefined ? undefined : EXCEPTION_BY_LOWER.get(tokens[pos]!.toLowerCase());
      if (!exception) return undefined;
      pos++;
      node.exception = exception;
    }
    return node;
  };
  const andExpr = (): LicenseNode | undefined => {
    let left = simple();
    while (left && isOp('AND')) {
      pos++;
      const right = simple();
      left = right && { type: 'and', left, right };
    }
    return left;
  };
  const orExpr = (): LicenseNode | undefined => {
    let left = andExpr();
    while (left && isOp('OR')) {
      pos++;
      const right = andExpr();
      left = right && { type: 'or', left, right };
    }
    return left;
  };

  const node = orExpr();
  return node && pos === tokens.length ? node : undefined;
}

/** Canonical text: list spelling of ids, upper-case operators, parentheses only where precedence needs them. */
export function formatLicenseExpression(node: LicenseNode): string {
  switch (node.type) {
    case 'ref':
      return node.id;
    case 'license':
      return node.id + (node.plus ? '+' : '') + (node.exception ? ` WITH ${node.exception}` : '');
    case 'and': {
      // AND binds tighter than OR, so an OR operand needs parentheses.
      const wrap = (n: LicenseNode) =>
        n.type === 'or' ? `(${formatLicenseExpression(n)})` : formatLicenseExpression(n);
      return `${wrap(node.left)} AND ${wrap(node.right)}`;
    }
    case 'or':
      return `${formatLicenseExpression(node.left)} OR ${formatLicenseExpression(node.right)}`;
  }
}

/** Classify one recorded license string (trimmed). Empty strings are free text of length 0: callers drop them. */
export function classifyLicense(raw: string): LicenseClass {
  const text = raw.trim();
  const node = parseLicenseExpression(text);
  if (!node) return { kind: 'name', name: text };
  if (node.type === 'license' && !node.plus && !node.exception) return { kind: 'id', id: node.id };
  return { kind: 'expression', expression: formatLicenseExpression(node), node };
}

/** Every `LicenseRef-…` used in an expression (SPDX requires each to be declared in the document). */
export function licenseRefs(node: LicenseNode): string[] {
  if (node.type === 'ref') return [node.id];
  if (node.type === 'license') return [];
  return [...licenseRefs(node.left), ...licenseRefs(node.right)];
}

/** The node of one classified license; free text becomes a `LicenseRef-` supplied by the caller. */
export function licenseNode(c: LicenseClass, refForName: (name: string) => string): LicenseNode {
  if (c.kind === 'id') return { type: 'license', id: c.id, plus: false };
  if (c.kind === 'expression') return c.node;
  return { type: 'ref', id: refForName(c.name) };
}

/**
 * Several recorded licenses as one expression, joined with AND. A list of licenses does not say whether
 * they are alternatives (Maven, npm's old `licenses` array) or all apply; AND is the reading that never
 * understates the obligations, so a license policy errs on the safe side.
 */
export function conjunction(nodes: readonly LicenseNode[]): LicenseNode | undefined {
  const unique = new Map(nodes.map((n) => [formatLicenseExpression(n), n]));
  const sorted = [...unique].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, n]) => n);
  return sorted.reduce<LicenseNode | undefined>(
    (left, right) => (left ? { type: 'and', left, right } : right),
    undefined,
  );
}
