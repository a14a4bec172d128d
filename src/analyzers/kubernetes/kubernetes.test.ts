import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../core/model.js';
import type { IacDoc } from '../../detectors/misconfig/check.js';
import { scan } from '../../scan.js';
import { kubernetes } from './index.js';
import { parseKubernetes } from './parse.js';

const cases = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases');

describe('kubernetes analyzer through the pipeline', () => {
  it('claims manifests by content and skips compose, workflows, CloudFormation and Helm templates', async () => {
    const docs: Doc[] = [];
    const report = await scan({ target: path.join(cases, 'mixed-repo'), analyzers: [kubernetes], scanners: ['misconfig'], onDoc: (d) => docs.push(d), now: () => new Date(0) });
    expect(report.diagnostics).toEqual([]);
    expect(docs.map((d) => d.path).sort()).toEqual(['deploy/app.yaml', 'deploy/list.json']);
    const app = docs.find((d) => d.path === 'deploy/app.yaml')!;
    expect(app.kind).toBe('iac');
    const iac = app.content as IacDoc;
    expect(iac.platform).toBe('kubernetes');
    expect(iac.resources.map((r) => [r.type, r.name, r.startLine, r.endLine])).toEqual([
      ['Namespace', 'Namespace/shop', 2, 5],
      ['Deployment', 'Deployment/web', 7, 24],
      ['CronJob', 'CronJob/cleanup', 26, 40],
    ]);
    const deploy = iac.resources[1]!;
    // A scalar: its key's line. A map entry spans from its key to the end of its value.
    expect(deploy.lines(['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'privileged'])).toEqual({ startLine: 24, endLine: 24 });
    expect(deploy.lines(['spec', 'template', 'spec', 'containers', 0])).toEqual({ startLine: 21, endLine: 24 });
    expect(deploy.lines(['spec', 'template', 'spec', 'containers', 0, 'securityContext'])).toEqual({ startLine: 23, endLine: 24 });
    expect(deploy.lines(['spec', 'nope'])).toBeUndefined();
    expect(deploy.siblings.map((s) => s.name)).toEqual(['Namespace/shop', 'CronJob/cleanup']);
    const cron = iac.resources[2]!;
    expect(cron.lines(['spec', 'jobTemplate', 'spec', 'template', 'spec', 'containers', 0, 'image'])).toEqual({ startLine: 40, endLine: 40 });
  });

  it('expands kind: List items of a JSON manifest with their own lines', async () => {
    const docs: Doc[] = [];
    await scan({ target: path.join(cases, 'mixed-repo'), analyzers: [kubernetes], scanners: ['misconfig'], onDoc: (d) => docs.push(d), now: () => new Date(0) });
    const list = docs.find((d) => d.path === 'deploy/list.json')!.content as IacDoc;
    expect(list.resources.map((r) => [r.name, r.startLine, r.endLine])).toEqual([
      ['Service/web', 5, 10],
      ['ServiceAccount/web', 11, 15],
    ]);
    expect(list.resources[0]!.lines(['spec', 'type'])).toEqual({ startLine: 9, endLine: 9 });
  });

  it('does not run without the misconfig scanner', async () => {
    const docs: Doc[] = [];
    await scan({ target: path.join(cases, 'mixed-repo'), analyzers: [kubernetes], scanners: [], onDoc: (d) => docs.push(d), now: () => new Date(0) });
    expect(docs).toEqual([]);
  });

  it('reports broken YAML of a manifest as a diagnostic naming the file', async () => {
    const docs: Doc[] = [];
    const report = await scan({ target: path.join(cases, 'broken'), analyzers: [kubernetes], scanners: ['misconfig'], onDoc: (d) => docs.push(d), now: () => new Date(0) });
    expect(report.diagnostics.map((d) => [d.code, d.path])).toEqual([['parse-error', 'bad.yaml']]);
  });
});

describe('parseKubernetes', () => {
  it('keeps the documents of a stream that parse when another does not', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n';
    const { resources, diagnostics } = parseKubernetes(text, 'x.yaml');
    expect(resources.map((r) => [r.name, r.startLine])).toEqual([['ConfigMap/b', 5]]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.code).toBe('parse-error');
  });

  it('ignores YAML that is not a Kubernetes object (no apiVersion + kind at the top)', () => {
    expect(parseKubernetes('kind: Deployment\nspec: {}\n', 'a.yaml').resources).toEqual([]);
    expect(parseKubernetes('foo:\n  apiVersion: v1\n  kind: Pod\n', 'b.yaml').resources).toEqual([]);
    expect(parseKubernetes('- apiVersion: v1\n  kind: Pod\n', 'c.yaml').resources).toEqual([]);
  });

  it('stops alias expansion bombs with a diagnostic', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\ndata:\n  ${levels.join('\n  ')}\n`;
    const { resources, diagnostics } = parseKubernetes(text, 'bomb.yaml');
    expect(resources).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toEqual(['parse-error']);
  });

  it('gives a key with no value the line of its key', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  serviceAccountName:\n  containers: []\n';
    const [pod] = parseKubernetes(text, 'p.yaml').resources;
    expect(pod!.lines(['spec', 'serviceAccountName'])).toEqual({ startLine: 6, endLine: 6 });
    expect(pod!.value).toMatchObject({ spec: { serviceAccountName: null } });
  });
});
