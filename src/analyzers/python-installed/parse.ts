/**
 * Installed Python distributions: `*.dist-info/METADATA` (wheels, PEP 376/627), `*.egg-info/PKG-INFO`
 * or a bare `*.egg-info` file (setuptools/distutils), `PKG-INFO` of an unpacked sdist or `EGG-INFO/`.
 * Core metadata spec: https://packaging.python.org/en/latest/specifications/core-metadata/ — RFC 822
 * style headers up to the first blank line (the body is the long description). Field names are
 * case-insensitive; continuation lines start with whitespace.
 *
 * Licenses, in order: `License-Expression` (metadata 2.4, SPDX), `Classifier: License :: …` mapped to
 * SPDX where the classifier names one licence unambiguously, then the free-text `License` field (mapped
 * when it is a well-known spelling, kept as written when short, dropped when it is a full licence text).
 */

export interface DistMetadata {
  name: string;
  version: string;
  nameLine: number;
  licenses: string[];
}

const CLASSIFIER_SPDX: Record<string, string> = {
  'MIT License': 'MIT',
  'MIT No Attribution License (MIT-0)': 'MIT-0',
  'ISC License (ISCL)': 'ISC',
  'Apache Software License 2.0': 'Apache-2.0',
  'Mozilla Public License 2.0 (MPL 2.0)': 'MPL-2.0',
  'Mozilla Public License 1.1 (MPL 1.1)': 'MPL-1.1',
  'GNU General Public License v2 (GPLv2)': 'GPL-2.0-only',
  'GNU General Public License v2 or later (GPLv2+)': 'GPL-2.0-or-later',
  'GNU General Public License v3 (GPLv3)': 'GPL-3.0-only',
  'GNU General Public License v3 or later (GPLv3+)': 'GPL-3.0-or-later',
  'GNU Lesser General Public License v2 (LGPLv2)': 'LGPL-2.0-only',
  'GNU Lesser General Public License v2 or later (LGPLv2+)': 'LGPL-2.0-or-later',
  'GNU Lesser General Public License v3 (LGPLv3)': 'LGPL-3.0-only',
  'GNU Lesser General Public License v3 or later (LGPLv3+)': 'LGPL-3.0-or-later',
  'GNU Affero General Public License v3': 'AGPL-3.0-only',
  'GNU Affero General Public License v3 or later (AGPLv3+)': 'AGPL-3.0-or-later',
  'Python Software Foundation License': 'PSF-2.0',
  'The Unlicense (Unlicense)': 'Unlicense',
  'Boost Software License 1.0 (BSL-1.0)': 'BSL-1.0',
  'Eclipse Public License 2.0 (EPL-2.0)': 'EPL-2.0',
  'Eclipse Public License 1.0 (EPL-1.0)': 'EPL-1.0',
  'zlib/libpng License': 'Zlib',
  'Universal Permissive License (UPL)': 'UPL-1.0',
  'European Union Public Licence 1.2 (EUPL 1.2)': 'EUPL-1.2',
  'CC0 1.0 Universal (CC0 1.0) Public Domain Dedication': 'CC0-1.0',
};

/** Common free-text spellings of the `License` field, keyed in lower case without punctuation noise. */
const FIELD_SPDX: Record<string, string> = {
  mit: 'MIT',
  'mit license': 'MIT',
  'the mit license': 'MIT',
  'apache 2.0': 'Apache-2.0',
  'apache-2.0': 'Apache-2.0',
  'apache 2': 'Apache-2.0',
  'apache license 2.0': 'Apache-2.0',
  'apache license, version 2.0': 'Apache-2.0',
  'apache license version 2.0': 'Apache-2.0',
  'apache software license 2.0': 'Apache-2.0',
  'bsd-3-clause': 'BSD-3-Clause',
  'bsd 3-clause': 'BSD-3-Clause',
  'bsd-2-clause': 'BSD-2-Clause',
  'bsd 2-clause': 'BSD-2-Clause',
  'new bsd license': 'BSD-3-Clause',
  isc: 'ISC',
  'isc license': 'ISC',
  'mpl-2.0': 'MPL-2.0',
  'mpl 2.0': 'MPL-2.0',
  gplv2: 'GPL-2.0-only',
  'gplv2+': 'GPL-2.0-or-later',
  gplv3: 'GPL-3.0-only',
  'gplv3+': 'GPL-3.0-or-later',
  'lgplv3+': 'LGPL-3.0-or-later',
  psf: 'PSF-2.0',
  'psf license': 'PSF-2.0',
  'python software foundation license': 'PSF-2.0',
  unlicense: 'Unlicense',
};

function licenseFromField(value: string): string | undefined {
  const v = value.trim();
  if (!v || /^unknown$/i.test(v) || v.includes('\n') || v.length > 60) return undefined;
  return FIELD_SPDX[v.toLowerCase()] ?? v;
}

/** Returns undefined when the text has no Name or no Version header (not a metadata file). */
export function parseDistMetadata(text: string): DistMetadata | undefined {
  const lines = text.split(/\r?\n/);
  const fields: { key: string; value: string; line: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.trim() === '') break;
    if (/^[ \t]/.test(l)) {
      const last = fields[fields.length - 1];
      if (last) last.value += '\n' + l.trim();
      continue;
    }
    const m = /^([A-Za-z0-9][A-Za-z0-9_-]*)\s*:\s?(.*)$/.exec(l);
    // Lines that are neither a header nor indented come from broken writers (unindented wrapped
    // keywords or descriptions); they carry nothing we read, so they are skipped, not fatal.
    if (m) fields.push({ key: m[1]!.toLowerCase(), value: m[2]!.trim(), line: i + 1 });
  }
  const get = (k: string) => fields.find((f) => f.key === k);
  const name = get('name');
  const version = get('version')?.value;
  if (!name?.value || !version) return undefined;

  let licenses: string[] = [];
  const expr = get('license-expression')?.value;
  if (expr) licenses = [expr];
  else {
    const classified = fields
      .filter((f) => f.key === 'classifier' && f.value.startsWith('License ::'))
      .map((f) => CLASSIFIER_SPDX[f.value.replace(/^License :: (OSI Approved :: )?/, '').trim()])
      .filter((x): x is string => x !== undefined);
    if (classified.length > 0) licenses = [...new Set(classified)];
    else {
      const field = get('license')?.value;
      const mapped = field ? licenseFromField(field) : undefined;
      if (mapped) licenses = [mapped];
    }
  }
  return { name: name.value, version, nameLine: name.line, licenses };
}
