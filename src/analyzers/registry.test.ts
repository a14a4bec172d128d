import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ANALYZERS } from './index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const folders = readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'shared')
  .map((d) => d.name)
  .sort();

describe('analyzer registry', () => {
  it('lists every analyzer folder exactly once, with id = folder name', () => {
    expect(ANALYZERS.map((a) => a.id).sort()).toEqual(folders);
  });
  it.each(folders)('%s has test cases and a README', (folder) => {
    const files = readdirSync(path.join(here, folder));
    expect(files).toContain('README.md');
    expect(files.some((f) => f.endsWith('.test.ts'))).toBe(true);
  });
});
