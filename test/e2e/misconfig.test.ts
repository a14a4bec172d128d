/** IaC misconfiguration through the CLI: findings with exact lines, both suppression forms, custom CEL checks, docs. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'palisade-misconfig-e2e-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface MisconfigFinding {
  ruleId: string;
  location: { path: string; startLine: number };
  suppressed?: { kind: string; reason?: string };
}

const pod = (name: string, annotations = '') => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
${annotations}spec:
  containers:
    - name: app
      image: nginx:1.25.3
      securityContext:
        privileged: true
`;

describe('misconfiguration scanning from the CLI', () => {
  it('reports a privileged container at its line, keeps suppressed findings marked, and does not gate on them', async () => {
    const dir = path.join(tmp, 'k8s');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'plain.yaml'), pod('plain'));
    writeFileSync(path.join(dir, 'inline.yaml'), pod('inline').replace('privileged: true', 'privileged: true # palisade:ignore:PAL-K8S-001 debugging sidecar'));
    writeFileSync(path.join(dir, 'annotated.yaml'), pod('annotated', '  annotations:\n    palisade.dev/ignore: "PAL-K8S-001"\n'));
    const r = await runCli(['scan', dir, '--scanners', 'misconfig', '--format', 'json']);
    expect(r.code).toBe(0);
    const privileged = (JSON.parse(r.stdout).findings as MisconfigFinding[]).filter((f) => f.ruleId === 'PAL-K8S-001');
    const byFile = Object.fromEntries(privileged.map((f) => [f.location.path, f]));
    expect(byFile['plain.yaml']).toMatchObject({ location: { startLine: 10 } });
    expect(byFile['plain.yaml']!.suppressed).toBeUndefined();
    expect(byFile['inline.yaml']!.suppressed).toEqual({ kind: 'inline', reason: 'debugging sidecar' });
    expect(byFile['annotated.yaml']!.suppressed).toMatchObject({ kind: 'annotation' });

    const gated = await runCli(['scan', path.join(dir), '--scanners', 'misconfig', '--severity', 'critical', '--exit-code', '3', '--skip-files', 'plain.yaml']);
    expect(gated.code).toBe(0); // only suppressed critical findings remain
    const failing = await runCli(['scan', dir, '--scanners', 'misconfig', '--severity', 'critical', '--exit-code', '3']);
    expect(failing.code).toBe(3);
  });

  it('runs custom CEL checks from --checks and rejects an invalid one', async () => {
    const dir = path.join(tmp, 'custom');
    const policies = path.join(tmp, 'policies');
    mkdirSync(dir);
    mkdirSync(policies);
    writeFileSync(path.join(dir, 'pod.yaml'), pod('web'));
    writeFileSync(
      path.join(policies, 'team.yaml'),
      [
        'id: ACME-K8S-001',
        'title: Pods must carry an owner label',
        'severity: low',
        'platform: kubernetes',
        'resourceTypes: [Pod]',
        "condition: '!has(resource.metadata.labels) || !(\"owner\" in resource.metadata.labels)'",
        "message: '{{name}} has no owner label'",
      ].join('\n') + '\n',
    );
    const r = await runCli(['scan', dir, '--scanners', 'misconfig', '--checks', policies, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const custom = (JSON.parse(r.stdout).findings as (MisconfigFinding & { message: string })[]).filter((f) => f.ruleId === 'ACME-K8S-001');
    expect(custom).toHaveLength(1);
    expect(custom[0]!.message).toContain('has no owner label');
    writeFileSync(path.join(policies, 'broken.yaml'), 'id: ACME-1\ntitle: x\n');
    const bad = await runCli(['scan', dir, '--scanners', 'misconfig', '--checks', policies]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('broken.yaml');
  });

  it('documents every check: checks list and checks show', async () => {
    const list = await runCli(['checks', 'list', '--format', 'json']);
    expect(list.code).toBe(0);
    const checks = JSON.parse(list.stdout) as { id: string }[];
    expect(checks.length).toBeGreaterThanOrEqual(250);
    const show = await runCli(['checks', 'show', 'PAL-K8S-001']);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('Privileged container');
    expect((await runCli(['checks', 'show', 'PAL-NOPE-999'])).code).toBe(2);
  });
});
