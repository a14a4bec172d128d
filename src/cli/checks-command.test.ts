import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { PalisadeError } from '../core/errors.js';
import { CHECKS } from '../detectors/misconfig/checks/index.js';
import { addChecksCommand, listChecks, showCheck } from './checks-command.js';
import type { CliIO } from './main.js';

async function run(args: string[]) {
  let out = '';
  let err = '';
  let code = -1;
  const io: CliIO = { stdout: (s) => (out += s), stderr: (s) => (err += s), stderrIsTTY: false, stdoutIsTTY: false, env: {}, cwd: '/' } as CliIO;
  const program = new Command().exitOverride();
  addChecksCommand(program, io, (c) => (code = c));
  await program.parseAsync(['node', 'palisade', ...args]);
  return { out, err, code };
}

describe('palisade checks', () => {
  it('lists the checks of one platform as a table', async () => {
    const { out, code } = await run(['checks', 'list', '--platform', 'dockerfile']);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^ID\s+PLATFORM\s+SEVERITY\s+TITLE$/);
    expect(lines).toContainEqual(expect.stringMatching(/^PAL-DF-001\s+dockerfile\s+HIGH\s+Image runs as root/));
    const n = CHECKS.filter((c) => c.platform === 'dockerfile').length;
    expect(lines[lines.length - 1]).toBe(`${n} checks`);
    expect(out).not.toContain('PAL-DC-');
  });
  it('lists as JSON, sorted by id, without functions', async () => {
    const { out } = await run(['checks', 'list', '--format', 'json', '--platform', 'compose']);
    const data = JSON.parse(out) as { id: string; platform: string; references: string[] }[];
    expect(data.map((d) => d.id)).toEqual([...data.map((d) => d.id)].sort());
    expect(data.every((d) => d.platform === 'compose' && d.references.length > 0)).toBe(true);
    expect(data[0]).toMatchObject({ id: 'PAL-DC-001', title: 'Privileged container', severity: 'critical' });
  });
  it('shows one check, case-insensitively, and fails for an unknown id', async () => {
    const shown = await run(['checks', 'show', 'pal-gha-002']);
    expect(shown.code).toBe(0);
    expect(shown.out).toContain('PAL-GHA-002  Untrusted input expanded into a run script');
    expect(shown.out).toContain('Remediation: Pass the value through an environment variable');
    expect(shown.out).toContain('# palisade:ignore:PAL-GHA-002');
    const missing = await run(['checks', 'show', 'PAL-NOPE-1']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('unknown check PAL-NOPE-1');
  });
  it('rejects unknown platforms and formats', () => {
    expect(() => listChecks({ platform: 'ansible' })).toThrow(PalisadeError);
    expect(() => showCheck('PAL-DF-001', { format: 'xml' })).toThrow(/unknown --format xml/);
  });
});
