import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  classifyLicense,
  conjunction,
  formatLicenseExpression,
  licenseRefs,
  parseLicenseExpression,
} from './license-expression.js';
import { SPDX_EXCEPTION_IDS, SPDX_LICENSE_IDS } from './spdx-license-list.js';

describe('SPDX license list', () => {
  it('is exactly the list the CycloneDX schema accepts as license.id (regenerate after a library upgrade)', () => {
    const file = path.join(
      path.dirname(createRequire(import.meta.url).resolve('@cyclonedx/cyclonedx-library/package.json')),
      'res/schema/spdx.SNAPSHOT.schema.json',
    );
    const schema = JSON.parse(readFileSync(file, 'utf8')) as { enum: string[] };
    expect([...SPDX_LICENSE_IDS, ...SPDX_EXCEPTION_IDS]).toEqual(schema.enum);
  });
  it('keeps exceptions apart from licenses', () => {
    expect(SPDX_EXCEPTION_IDS).toContain('Classpath-exception-2.0');
    expect(SPDX_LICENSE_IDS).not.toContain('Classpath-exception-2.0');
    expect(SPDX_LICENSE_IDS).toContain('GPL-2.0-with-classpath-exception');
  });
});

describe('classifyLicense', () => {
  it.each([
    ['MIT', { kind: 'id', id: 'MIT' }],
    ['  mit ', { kind: 'id', id: 'MIT' }],
    ['apache-2.0', { kind: 'id', id: 'Apache-2.0' }],
    ['GPL-2.0+', { kind: 'id', id: 'GPL-2.0+' }],
    ['GPL-2.0', { kind: 'id', id: 'GPL-2.0' }],
    ['Apache-2.0+', { kind: 'expression', expression: 'Apache-2.0+' }],
    ['MIT OR Apache-2.0', { kind: 'expression', expression: 'MIT OR Apache-2.0' }],
    ['mit or apache-2.0', { kind: 'expression', expression: 'MIT OR Apache-2.0' }],
    ['(MIT)', { kind: 'id', id: 'MIT' }],
    ['(MIT OR ISC) AND BSD-3-Clause', { kind: 'expression', expression: '(MIT OR ISC) AND BSD-3-Clause' }],
    ['MIT AND (ISC OR BSD-3-Clause)', { kind: 'expression', expression: 'MIT AND (ISC OR BSD-3-Clause)' }],
    ['(MIT AND ISC) OR BSD-3-Clause', { kind: 'expression', expression: 'MIT AND ISC OR BSD-3-Clause' }],
    [
      'GPL-3.0-only WITH Classpath-exception-2.0',
      { kind: 'expression', expression: 'GPL-3.0-only WITH Classpath-exception-2.0' },
    ],
    ['LicenseRef-Proprietary', { kind: 'expression', expression: 'LicenseRef-Proprietary' }],
    ['MIT Or Apache-2.0', { kind: 'name', name: 'MIT Or Apache-2.0' }],
    ['MIT/Apache-2.0', { kind: 'name', name: 'MIT/Apache-2.0' }],
    ['MIT WITH MIT', { kind: 'name', name: 'MIT WITH MIT' }],
    ['Apache License 2.0', { kind: 'name', name: 'Apache License 2.0' }],
    ['UNLICENSED', { kind: 'name', name: 'UNLICENSED' }],
    ['(MIT', { kind: 'name', name: '(MIT' }],
    ['MIT)', { kind: 'name', name: 'MIT)' }],
    ['MIT OR', { kind: 'name', name: 'MIT OR' }],
    ['DocumentRef-x:LicenseRef-y', { kind: 'name', name: 'DocumentRef-x:LicenseRef-y' }],
    ['', { kind: 'name', name: '' }],
  ])('%j', (input, expected) => {
    const actual: Record<string, unknown> = { ...classifyLicense(input) };
    delete actual.node;
    expect(actual).toEqual(expected);
  });

  it('rejects absurdly long input without parsing it', () => {
    expect(parseLicenseExpression(Array(1000).fill('MIT').join(' AND '))).toBeUndefined();
  });
});

describe('conjunction and licenseRefs', () => {
  it('joins unique expressions with AND in sorted order, parenthesising ORs', () => {
    const nodes = ['MIT OR ISC', 'Apache-2.0', 'Apache-2.0'].map((t) => parseLicenseExpression(t)!);
    expect(formatLicenseExpression(conjunction(nodes)!)).toBe('Apache-2.0 AND (MIT OR ISC)');
    expect(conjunction([])).toBeUndefined();
  });
  it('lists the LicenseRefs an expression uses', () => {
    expect(licenseRefs(parseLicenseExpression('LicenseRef-a OR (MIT AND LicenseRef-b)')!)).toEqual([
      'LicenseRef-a',
      'LicenseRef-b',
    ]);
  });
});
