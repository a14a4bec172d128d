import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core/model.js';
import { scan } from '../../scan.js';
import { dockerfile } from './index.js';
import { parseDockerfile, type DockerStage } from './parse.js';

const cases = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases');

describe('parseDockerfile', () => {
  const text = [
    'ARG BASE=alpine:3.20',
    'FROM --platform=linux/amd64 registry.local:5000/team/node:20.12@sha256:abcd AS build',
    'RUN apt-get update && \\',
    '    apt-get install -y curl',
    'CMD ["node", "server.js"]',
    'FROM build AS test',
    'FROM ${BASE}',
    'ENTRYPOINT exec app',
  ].join('\n');
  const stages = parseDockerfile(text, 'Dockerfile');

  it('makes one resource per stage with its line range', () => {
    expect(stages.map((s) => [s.name, s.startLine, s.endLine])).toEqual([
      ['stage build', 2, 5],
      ['stage test', 6, 6],
      ['stage 2 (${BASE})', 7, 8],
    ]);
  });
  it('splits the image reference (registry port, tag, digest, platform) and knows stage references', () => {
    const [a, b] = stages.map((s) => s.value as DockerStage);
    expect(a!.from).toEqual({ image: 'registry.local:5000/team/node', tag: '20.12', digest: 'sha256:abcd', platform: 'linux/amd64', raw: 'registry.local:5000/team/node:20.12@sha256:abcd', line: 2 });
    expect(b!.from.stage).toBe(true);
    expect((stages[2]!.value as DockerStage).final).toBe(true);
  });
  it('keeps global ARGs, continuation lines and the exec form', () => {
    const ins = (stages[0]!.value as DockerStage).instructions;
    expect(ins[0]).toMatchObject({ cmd: 'ARG', global: true, startLine: 1 });
    expect(ins[2]).toMatchObject({ cmd: 'RUN', startLine: 3, endLine: 4 });
    expect(ins[2]!.value).toContain('apt-get install -y curl');
    expect(ins[3]!.json).toEqual(['node', 'server.js']);
    expect(stages[0]!.lines(['instructions', 2])).toEqual({ startLine: 3, endLine: 4 });
    expect(stages[0]!.lines(['from'])).toEqual({ startLine: 2, endLine: 2 });
  });
  it('returns no resources for a file without FROM', () => {
    expect(parseDockerfile('# just a comment\n', 'Dockerfile')).toEqual([]);
  });
});

describe('dockerfile claims', () => {
  const claims = (p: string) =>
    (dockerfile.claims.names!.includes(path.posix.basename(p)) || dockerfile.claims.patterns!.some((r) => r.test(p))) &&
    !dockerfile.claims.exclude!.some((r) => r.test(p));
  it.each(['Dockerfile', 'svc/Containerfile', 'docker/api.Dockerfile', 'Dockerfile.prod'])('claims %s', (p) => expect(claims(p)).toBe(true));
  it.each(['Dockerfile.md', 'docs/Dockerfile.txt', 'Dockerfile.dockerignore', 'dockerfiles.go'])('leaves %s', (p) => expect(claims(p)).toBe(false));
});

describe('dockerfile through the scan pipeline', () => {
  it('feeds the misconfig detector: exact lines, inline suppression kept', async () => {
    const report = await scan({ target: path.join(cases, 'multi-stage'), analyzers: [dockerfile], scanners: ['misconfig'], workers: 0, now: () => new Date(0) });
    const mis = report.findings.filter((f): f is Extract<Finding, { kind: 'misconfig' }> => f.kind === 'misconfig');
    const byRule = (id: string) => mis.filter((f) => f.ruleId === id);
    expect(byRule('PAL-DF-007').map((f) => f.location)).toEqual([{ path: 'docker/api.Dockerfile', startLine: 11, endLine: 11 }]);
    expect(byRule('PAL-DF-008').map((f) => f.location.startLine)).toEqual([5]);
    expect(byRule('PAL-DF-002')).toHaveLength(1);
    expect(byRule('PAL-DF-002')[0]!.suppressed).toEqual({ kind: 'inline', reason: 'runs under a PodSecurity runAsUser in the cluster' });
    expect(byRule('PAL-DF-014')[0]!.suppressed).toBeUndefined();
    expect(report.diagnostics).toEqual([]);
  });
});
