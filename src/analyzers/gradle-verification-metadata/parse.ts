/**
 * Gradle dependency verification metadata, `gradle/verification-metadata.xml`
 * (https://docs.gradle.org/current/userguide/dependency_verification.html; schema versions 1.0–1.3 at
 * https://schema.gradle.org/dependency-verification/). Gradle writes one
 * `<components><component group=".." name=".." version="..">` per module it resolved, in any
 * configuration, with the checksums/signatures of its artifacts. The file names no configuration, so
 * `direct` and `dev` stay unknown.
 */
import { XMLValidator } from 'fast-xml-parser';
import type { Package } from '../../core/model.js';
import { lineLocator, makePackage } from '../shared/package.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(value: string): string {
  return value.replace(
    /&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-fA-F]+));/g,
    (_, name: string, dec?: string, hex?: string) =>
      dec
        ? String.fromCodePoint(Number(dec))
        : hex
          ? String.fromCodePoint(parseInt(hex, 16))
          : ENTITIES[name]!,
  );
}

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out.set(m[1]!, decodeEntities(m[2] ?? m[3] ?? '').trim());
  }
  return out;
}

/** Throws on text that is not well-formed XML or not a verification-metadata document. */
export function parseVerificationMetadata(text: string, path: string, foundBy: string): Package[] {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  // Blank comments and CDATA (keeping newlines) so a commented-out component is neither reported nor counted.
  const clean = text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, (m) => m.replace(/[^\n]/g, ' '));
  const root = /<([A-Za-z_][\w.:-]*)[\s>/]/.exec(
    clean.replace(/<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>/g, (m) => ' '.repeat(m.length)),
  );
  if (!root || root[1] !== 'verification-metadata') {
    throw new Error(`not Gradle verification metadata: root element is <${root?.[1] ?? 'none'}>`);
  }
  const { lineAt } = lineLocator(clean);
  const out: Package[] = [];
  for (const m of clean.matchAll(/<component(?=[\s>/])([^>]*)>/g)) {
    const attrs = attributes(m[1]!);
    const group = attrs.get('group');
    const name = attrs.get('name');
    const version = attrs.get('version');
    if (!group || !name || !version) continue;
    out.push(
      makePackage({
        name: `${group}:${name}`,
        version,
        ecosystem: 'Maven',
        path,
        line: lineAt(m.index),
        foundBy,
      }),
    );
  }
  return out;
}
