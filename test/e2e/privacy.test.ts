import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'palisade-privacy-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('privacy', () => {
  it.each([
    ['scan', '--format', 'json'],
    ['sbom', '--format', 'cyclonedx'],
    ['sbom', '--format', 'spdx'],
  ])('%s %s %s of the example opens no socket and resolves no name', (command, ...flags) => {
    const log = path.join(tmp, `${command}-${flags[1]}.log`);
    const r = spawnSync(
      process.execPath,
      ['--import', path.resolve('test/e2e/no-network-preload.mjs'), path.resolve('bin/palisade.js'), command, 'examples/polyglot-shop', ...flags],
      {
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          // Any attempt through a proxy-aware client would hit a closed port.
          HTTP_PROXY: 'http://127.0.0.1:9',
          HTTPS_PROXY: 'http://127.0.0.1:9',
          http_proxy: 'http://127.0.0.1:9',
          https_proxy: 'http://127.0.0.1:9',
          PALISADE_NETWORK_LOG: log,
        },
      },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(100);
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
  });

  it('the preload really detects a connection attempt (the check can fail)', () => {
    const log = path.join(tmp, 'control.log');
    const r = spawnSync(
      process.execPath,
      ['--import', path.resolve('test/e2e/no-network-preload.mjs'), '-e', "require('node:net').connect(9, '127.0.0.1').on('error', () => {})"],
      { encoding: 'utf8', env: { PATH: process.env.PATH, PALISADE_NETWORK_LOG: log } },
    );
    expect(r.status).toBe(0);
    expect(readFileSync(log, 'utf8')).toContain('net.connect');
  });
});
