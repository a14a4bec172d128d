/**
 * NuGet's packages.config (https://learn.microsoft.com/nuget/reference/packages-config):
 *
 *   <packages>
 *     <package id="Newtonsoft.Json" version="13.0.1" targetFramework="net472" />
 *     <package id="StyleCop.Analyzers" version="1.1.118" developmentDependency="true" />
 *   </packages>
 *
 * packages.config lists every installed package flat (dependencies included, no edges), so `direct` is unknown.
 * The document is validated with fast-xml-parser; the `<package>` elements are then read by a single linear
 * scan so each package keeps its line.
 */
import { XMLValidator } from 'fast-xml-parser';
import type { Diagnostic, Package } from '../../core/model.js';
import { lineLocator, makePackage } from '../shared/package.js';
import { info } from '../shared/small-lockfiles.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? '';
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    out.set(m[1]!, decodeXml(m[2] ?? m[3] ?? ''));
  return out;
}

export function parsePackagesConfig(
  text: string,
  path: string,
  foundBy: string,
): { packages: Package[]; diagnostics: Diagnostic[] } {
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    throw new Error(`packages.config is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  // Blank out comments and CDATA (keeping newlines, so offsets still map to lines): a commented-out <package> is not installed.
  const scrubbed = text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, (s) => s.replace(/[^\n]/g, ' '));
  const rootMatch = /<([A-Za-z_][\w:.-]*)[\s/>]/.exec(
    scrubbed.replace(/<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>/gi, (s) => ' '.repeat(s.length)),
  );
  if (!rootMatch || rootMatch[1] !== 'packages')
    throw new Error(`packages.config: root element is <${rootMatch?.[1] ?? '?'}>, expected <packages>`);
  const { lineAt } = lineLocator(text);
  const packages: Package[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const m of scrubbed.matchAll(/<package\b([^>]*)>/g)) {
    const attrs = attributes(m[1]!);
    const id = attrs.get('id');
    const version = attrs.get('version');
    if (!id || !version) {
      diagnostics.push(
        info(
          'incomplete-entry',
          `packages.config: <package> at line ${lineAt(m.index)} has no id or version, skipped`,
        ),
      );
      continue;
    }
    packages.push(
      makePackage({
        name: id,
        version,
        ecosystem: 'NuGet',
        path,
        line: lineAt(m.index),
        foundBy,
        dev: attrs.get('developmentDependency')?.toLowerCase() === 'true' ? true : undefined,
      }),
    );
  }
  return { packages, diagnostics };
}
