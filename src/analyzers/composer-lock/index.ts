import { posix } from 'node:path';
import { decodeText } from '../../core/text.js';
import type { Analyzer } from '../types.js';
import { parseComposerLock, readComposerManifest } from './parse.js';

export const composerLock: Analyzer = {
  id: 'composer-lock',
  version: 1,
  claims: { names: ['composer.lock'] },
  async analyze({ path, text, siblings }) {
    // Only composer.json says which packages the project asked for itself.
    const bytes = await siblings.readFile(posix.join(posix.dirname(path), 'composer.json'));
    const manifest = bytes ? readComposerManifest(decodeText(bytes)) : undefined;
    return { packages: parseComposerLock(text(), path, 'composer-lock', manifest) };
  },
};
