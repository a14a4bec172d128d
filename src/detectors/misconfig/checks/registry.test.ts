import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../../../../test/harness/misconfig-cases.js';
import { PLATFORMS } from '../platforms.js';
import { CHECKS } from './index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const ID = /^PAL-(DF|K8S|TF|CFN|DC|GHA)-\d{3}$/;
const PREFIX: Record<string, string> = {
  dockerfile: 'DF',
  kubernetes: 'K8S',
  terraform: 'TF',
  cloudformation: 'CFN',
  compose: 'DC',
  'github-actions': 'GHA',
};

describe('misconfig check registry', () => {
  it('has unique ids of the form PAL-<PLATFORM>-NNN matching the platform', () => {
    const ids = CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CHECKS) {
      expect(c.id).toMatch(ID);
      expect(c.id.split('-')[1], c.id).toBe(PREFIX[c.platform]);
    }
  });
  it('has unique kebab-case slugs per platform, each a folder with fail and pass fixtures', () => {
    for (const c of CHECKS) {
      expect(c.slug, c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const dir = path.join(here, c.platform, c.slug);
      expect(existsSync(path.join(dir, 'index.ts')), `${c.id}: ${dir}/index.ts`).toBe(true);
      const { fail, pass } = fixtures(path.join(dir, 'cases'));
      expect(fail.length, `${c.id}: cases/fail.*`).toBeGreaterThan(0);
      expect(pass.length, `${c.id}: cases/pass.*`).toBeGreaterThan(0);
    }
    const keys = CHECKS.map((c) => `${c.platform}/${c.slug}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('lists every check folder in its barrel', () => {
    for (const platform of PLATFORMS) {
      const dir = path.join(here, platform);
      const folders = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : [];
      const listed = new Set(CHECKS.filter((c) => c.platform === platform).map((c) => c.slug));
      expect(folders.filter((f) => !listed.has(f)), platform).toEqual([]);
    }
  });
  it('describes every check fully', () => {
    for (const c of CHECKS) {
      expect(c.title.length, c.id).toBeGreaterThan(0);
      expect(c.description.length, c.id).toBeGreaterThan(20);
      expect(c.remediation.length, c.id).toBeGreaterThan(10);
      expect(c.references.length, c.id).toBeGreaterThan(0);
    }
  });
});
