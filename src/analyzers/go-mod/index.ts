import { decodeText } from '../../core/text.js';
import type { Analyzer } from '../types.js';
import { needsGoSum, parseGoMod } from './parse.js';

export const goMod: Analyzer = {
  id: 'go-mod',
  version: 1,
  claims: { names: ['go.mod'] },
  async analyze({ path, text, siblings }) {
    const source = text();
    const goSumPath = path.replace(/go\.mod$/, 'go.sum');
    // go.sum matters only for pre-1.17 modules; skip the read otherwise.
    const goLine = /^go\s+(\S+)/m.exec(source)?.[1];
    let goSum: { text: string; path: string } | undefined;
    if (needsGoSum(goLine)) {
      const bytes = await siblings.readFile(goSumPath);
      if (bytes) goSum = { text: decodeText(bytes), path: goSumPath };
    }
    const { packages, diagnostics } = parseGoMod(source, path, 'go-mod', goSum);
    return { packages, diagnostics };
  },
};
