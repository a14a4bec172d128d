import { unzipSync } from 'fflate';
import { decodeText } from '../../core/text.js';
import { makePackage } from '../shared/package.js';
import type { Analyzer } from '../types.js';
import { parseDistMetadata } from './parse.js';

const ID = 'python-installed';
/** PKG-INFO inside an .egg is a few KiB; anything far larger is not metadata (or a zip bomb). */
const MAX_EGG_METADATA = 1024 * 1024;

function fromEgg(bytes: Uint8Array): string | undefined {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => f.name === 'EGG-INFO/PKG-INFO' && f.originalSize <= MAX_EGG_METADATA,
    });
  } catch (err) {
    throw new Error(`not a readable .egg archive: ${err instanceof Error ? err.message : String(err)}`);
  }
  const meta = files['EGG-INFO/PKG-INFO'];
  return meta ? decodeText(meta) : undefined;
}

export const pythonInstalled: Analyzer = {
  id: ID,
  version: 1,
  claims: {
    patterns: [
      /\.dist-info\/METADATA$/,
      // PKG-INFO in an .egg-info/ or EGG-INFO/ directory, or at the root of an unpacked sdist.
      /(^|\/)PKG-INFO$/,
      // distutils writes the metadata as a single `<name>-<version>.egg-info` file.
      /(^|\/)[^/]+\.egg-info$/,
      /(^|\/)[^/]+\.egg$/,
    ],
    binary: true,
  },
  analyze({ path, bytes, text }) {
    const isEgg = path.endsWith('.egg');
    const content = isEgg ? fromEgg(bytes) : text();
    if (content === undefined) return {};
    const meta = parseDistMetadata(content);
    if (!meta) {
      if (isEgg) return {};
      throw new Error('no Name/Version headers: not Python distribution metadata');
    }
    return {
      packages: [
        makePackage({
          name: meta.name,
          version: meta.version,
          ecosystem: 'PyPI',
          path,
          // Inside an .egg the line refers to a member file, so only the archive path is reported.
          line: isEgg ? undefined : meta.nameLine,
          foundBy: ID,
          licenses: meta.licenses,
        }),
      ],
    };
  },
};
