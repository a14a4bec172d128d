import { posix } from 'node:path';
import { decodeText } from '../../core/text.js';
import type { Analyzer } from '../types.js';
import { parseGemfileLock, readGemfileGroups } from './parse.js';

export const gemfileLock: Analyzer = {
  id: 'gemfile-lock',
  version: 1,
  claims: { names: ['Gemfile.lock', 'gems.locked'] },
  async analyze({ path, text, siblings }) {
    // The manifest beside the lockfile says which groups a gem belongs to; the lockfile does not.
    const manifest = posix.join(posix.dirname(path), path.endsWith('gems.locked') ? 'gems.rb' : 'Gemfile');
    const bytes = await siblings.readFile(manifest);
    const groups = bytes ? readGemfileGroups(decodeText(bytes)) : undefined;
    return { packages: parseGemfileLock(text(), path, 'gemfile-lock', groups) };
  },
};
