/**
 * The CI integrations, run for real outside their CI systems: the pre-commit hooks
 * (.pre-commit-hooks.yaml), the GitHub composite action (action.yml) and the GitLab template
 * (ci/gitlab/palisade.gitlab-ci.yml). Their shell steps are executed with bash against the built CLI
 * (dist/, rebuilt by the global setup) in temporary projects and git repositories; only what needs
 * GitHub or GitLab themselves (setup-node, the npm install of Palisade) is left out, each time on a
 * condition the integration itself documents (`install: auto` with a built checkout, `palisade` on PATH).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  GITLAB_SCHEMAS,
  junitSchemaErrors,
  validateSarif,
} from '../../src/report/testing/validators.js';
import { runCli } from './run-cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
const BIN = path.join(ROOT, 'bin', 'palisade.js');
const KEY = 'AKIAZ3MQ7RVD4LNXWKPB';
const OTHER_KEY = 'AKIA2OGYBAH6RN3XQFVN';
const FAKE_SHA = '0123456789abcdef0123456789abcdef01234567';

type Json = Record<string, unknown>;
const read = (rel: string) => readFileSync(path.join(ROOT, rel), 'utf8');

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'palisade-ci-'));
  temps.push(dir);
  return dir;
}

/** An environment with nothing from the machine but PATH and HOME: no user git config, no vuln DB. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/root',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    PALISADE_CACHE_DIR: '/nonexistent/palisade-test-cache',
    ...extra,
  };
}

function git(cwd: string, args: string[], env: NodeJS.ProcessEnv = cleanEnv()): string {
  const r = spawnSync(
    'git',
    ['-c', 'user.name=Ada', '-c', 'user.email=ada@example.com', '-c', 'commit.gpgsign=false', ...args],
    { cwd, env, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout.trim();
}

function write(dir: string, files: Record<string, string>): void {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
}

/**
 * A project with one open critical secret, one secret suppressed by the ignore file (it stays in the
 * reports, marked, and never fails), a misconfigured Dockerfile and a lockfile.
 */
const PROJECT = {
  'config/aws.ini': `[default]\naws_access_key_id = ${KEY}\n`,
  'test/fixture.env': `AWS_ACCESS_KEY_ID=${OTHER_KEY}\n`,
  '.palisadeignore.yaml':
    'ignore:\n  - rule: aws-access-key-id\n    path: test\n    reason: fake key for the parser tests\n',
  Dockerfile: 'FROM node:latest\nRUN curl -fsSL https://example.com/install.sh | sh\n',
  'package-lock.json': JSON.stringify({
    name: 'app',
    version: '1.0.0',
    lockfileVersion: 3,
    packages: {
      '': { name: 'app', version: '1.0.0', dependencies: { ms: '2.1.3' } },
      'node_modules/ms': { version: '2.1.3' },
    },
  }),
};

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

describe('palisade scan --staged', () => {
  function repoWithStagedKey(): string {
    const repo = tempDir();
    git(repo, ['init', '-q', '-b', 'main']);
    write(repo, { 'config/aws.ini': PROJECT['config/aws.ini'] });
    git(repo, ['add', '-A']);
    return repo;
  }

  it('reports staged secrets with the git target, the gate and any format', async () => {
    const repo = repoWithStagedKey();
    const r = await runCli(['scan', '--staged', '--format', 'json', '--fail-on', 'critical'], {
      cwd: repo,
      env: cleanEnv(),
    });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as {
      target: Json;
      scanners: string[];
      findings: { ruleId: string; location: Json }[];
    };
    expect(report.target).toEqual({ type: 'git', name: '. (staged)' });
    expect(report.scanners).toEqual(['secret']);
    expect(report.findings.map((f) => [f.ruleId, f.location.path, f.location.startLine])).toEqual([
      ['aws-access-key-id', 'config/aws.ini', 2],
    ]);
  });

  it('exits 2 with a clear message outside a work tree and for options it cannot honour', async () => {
    const outside = tempDir();
    const r = await runCli(['scan', '--staged', outside], { env: cleanEnv() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^palisade: --staged needs a git work tree, and .* is not inside one \(git: not a git repository/,
    );

    const repo = repoWithStagedKey();
    const misconfig = await runCli(['scan', '--staged', '--scanners', 'misconfig'], {
      cwd: repo,
      env: cleanEnv(),
    });
    expect(misconfig.code).toBe(2);
    expect(misconfig.stderr).toContain('--staged scans the staged files for secrets only');
    const history = await runCli(['scan', '--staged', '--git-history', '.'], { cwd: repo, env: cleanEnv() });
    expect(history.code).toBe(2);
    expect(history.stderr).toContain('it cannot be combined with --git-history or stdin');
  });
});

describe('pre-commit hooks (.pre-commit-hooks.yaml)', () => {
  const hooks = parseYaml(read('.pre-commit-hooks.yaml')) as Json[];
  const hook = (id: string) => hooks.find((h) => h.id === id)!;

  /** pre-commit splits `entry` with shlex; ours has no quoting, so whitespace splitting is exact. */
  function entryArgv(id: string): string[] {
    const entry = String(hook(id).entry);
    expect(entry).not.toMatch(/["'\\$`]/);
    const [cmd, ...args] = entry.split(/\s+/);
    // `palisade` is the package's bin, which is bin/palisade.js.
    expect(cmd).toBe('palisade');
    return [BIN, ...args];
  }

  it('declares node hooks that pre-commit can install from this repository', () => {
    expect(hooks.map((h) => h.id)).toEqual(['palisade-secrets', 'palisade-misconfig']);
    expect(hook('palisade-secrets')).toMatchObject({
      language: 'node',
      entry: 'palisade scan --staged --scanners secret --exit-code 1 --quiet',
      pass_filenames: false,
      always_run: true,
    });
    expect(hook('palisade-misconfig')).toMatchObject({ language: 'node', pass_filenames: false });
    const pkg = JSON.parse(read('package.json')) as {
      bin: Record<string, string>;
      scripts: Record<string, string>;
    };
    expect(pkg.bin.palisade).toBe('bin/palisade.js');
    expect(pkg.scripts.prepare).toContain('tsc');
    // pre-commit reads the tarball name from `npm pack`'s stdout, which npm >= 10.5 fills with the
    // `prepare` banner unless scripts run in the background (tried with pre-commit 3.0.4 and npm 11).
    expect(read('.npmrc')).toMatch(/^foreground-scripts=false$/m);
  });

  it('palisade-misconfig runs only for infrastructure-as-code files', () => {
    const files = String(hook('palisade-misconfig').files);
    // Python's inline (?i) flag as a JavaScript flag; the rest of the pattern is the same in both.
    const re = new RegExp(files.replace(/^\(\?i\)/, ''), files.startsWith('(?i)') ? 'i' : '');
    for (const p of [
      'Dockerfile',
      'api/Dockerfile.prod',
      'web.dockerfile',
      'Containerfile',
      'k8s/deploy.yaml',
      '.github/workflows/ci.yml',
      'infra/main.tf',
      'stack.template',
      'cfn/stack.json',
    ]) {
      expect(re.test(p), p).toBe(true);
    }
    for (const p of ['README.md', 'src/index.ts', 'docs/dockerfiles.md', 'main.tf.bak'])
      expect(re.test(p), p).toBe(false);
  });

  it('palisade-secrets fails on a staged secret and passes without one (the entry, run as pre-commit runs it)', () => {
    const argv = entryArgv('palisade-secrets');
    const repo = tempDir();
    git(repo, ['init', '-q', '-b', 'main']);
    write(repo, { 'README.md': '# app\n' });
    git(repo, ['add', 'README.md']);
    const clean = run(process.execPath, argv, repo, cleanEnv());
    expect(clean.stderr).toBe('');
    expect(clean.status).toBe(0);

    write(repo, { 'config/aws.ini': `[default]\naws_access_key_id = ${KEY}\n` });
    // Not staged yet: the working tree does not count.
    expect(run(process.execPath, argv, repo, cleanEnv()).status).toBe(0);
    git(repo, ['add', 'config/aws.ini']);
    const dirty = run(process.execPath, argv, repo, cleanEnv());
    expect(dirty.status).toBe(1);
    expect(dirty.stdout).toContain('config/aws.ini');
    expect(dirty.stdout).toContain('aws-access-key-id');
    expect(dirty.stdout).not.toContain(KEY);
  });

  it('blocks `git commit -a` as a real git hook (the index git prepares for the hook is the one scanned)', () => {
    const argv = entryArgv('palisade-secrets');
    const repo = tempDir();
    git(repo, ['init', '-q', '-b', 'main']);
    write(repo, { 'aws.ini': '[default]\nregion = eu-west-1\n' });
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', 'init']);
    const hookFile = path.join(repo, '.git', 'hooks', 'pre-commit');
    writeFileSync(hookFile, `#!/bin/sh\nexec "${process.execPath}" ${argv.map((a) => `'${a}'`).join(' ')}\n`);
    chmodSync(hookFile, 0o755);
    const head = git(repo, ['rev-parse', 'HEAD']);

    // `commit -a` stages into a temporary index (GIT_INDEX_FILE) that only the hook sees.
    write(repo, { 'aws.ini': `[default]\naws_access_key_id = ${KEY}\n` });
    const blocked = run(
      'git',
      ['-c', 'user.name=Ada', '-c', 'user.email=a@e.com', 'commit', '-a', '-m', 'add key'],
      repo,
      cleanEnv(),
    );
    expect(blocked.status).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('aws-access-key-id');
    expect(git(repo, ['rev-parse', 'HEAD'])).toBe(head);

    write(repo, { 'aws.ini': '[default]\nregion = eu-west-2\n' });
    const ok = run(
      'git',
      ['-c', 'user.name=Ada', '-c', 'user.email=a@e.com', 'commit', '-a', '-m', 'region'],
      repo,
      cleanEnv(),
    );
    expect(ok.stderr).not.toContain('aws-access-key-id');
    expect(ok.status).toBe(0);
    expect(git(repo, ['rev-parse', 'HEAD'])).not.toBe(head);
  });

  it('palisade-misconfig fails on a misconfigured Dockerfile and passes on a fixed one', () => {
    const argv = entryArgv('palisade-misconfig');
    const repo = tempDir();
    git(repo, ['init', '-q', '-b', 'main']);
    write(repo, { Dockerfile: PROJECT.Dockerfile });
    git(repo, ['add', '-A']);
    const bad = run(process.execPath, argv, repo, cleanEnv());
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('PAL-DF-005');
    write(repo, {
      Dockerfile:
        'FROM node:20.19.0-bookworm-slim@sha256:' +
        'a'.repeat(64) +
        '\nUSER node\nHEALTHCHECK CMD ["node", "-e", "0"]\nCMD ["node", "server.js"]\n',
    });
    const good = run(process.execPath, argv, repo, cleanEnv());
    expect(good.stdout).not.toContain('PAL-DF-005');
    expect(good.status).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------------
// GitHub Actions

interface ActionStep {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  'working-directory'?: string;
  if?: string;
}
interface ActionYml {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

const action = parseYaml(read('action.yml')) as ActionYml;

/**
 * `${{ }}` substitution for the expressions the action uses: plain property paths into the contexts
 * (`inputs.fail-on`, `github.event.pull_request.base.sha`). Anything else (operators, functions) is an
 * error, so the action cannot quietly grow expressions that this test would evaluate wrongly.
 */
function substitute(template: string, contexts: Json): string {
  return template.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expr: string) => {
    if (!/^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)*$/.test(expr))
      throw new Error(`unsupported expression: ${expr}`);
    let value: unknown = contexts;
    for (const key of expr.split('.'))
      value = value && typeof value === 'object' ? (value as Json)[key] : undefined;
    return value === undefined || value === null ? '' : String(value);
  });
}

/** `GITHUB_OUTPUT` lines: `name=value`, or `name<<DELIMITER` … `DELIMITER` for multi-line values. */
function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const body: string[] = [];
      while (++i < lines.length && lines[i] !== heredoc[2]) body.push(lines[i]!);
      out[heredoc[1]!] = body.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

interface ActionRun {
  /** Exit code of the step that failed, 0 when every step passed. */
  code: number;
  outputs: Record<string, string>;
  summary: string;
  log: string;
  skippedUses: string[];
}

/**
 * Run the composite action as the runner would: inputs with their defaults, `uses:` steps skipped
 * (setup-node: this machine has Node), each `run:` step as `bash --noprofile --norc -eo pipefail`
 * (GitHub's `shell: bash`) with its own GITHUB_OUTPUT file, stopping at the first failing step.
 */
function runAction(
  workspace: string,
  inputs: Record<string, string>,
  github: Json = { event_name: 'push' },
): ActionRun {
  for (const name of Object.keys(inputs)) expect(action.inputs, `unknown input ${name}`).toHaveProperty(name);
  const allInputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs))
    allInputs[name] = inputs[name] ?? spec.default ?? '';
  const runnerTemp = tempDir();
  const summaryFile = path.join(runnerTemp, 'step-summary.md');
  writeFileSync(summaryFile, '');
  const steps: Json = {};
  const contexts: Json = {
    inputs: allInputs,
    github: { action_path: ROOT, workspace, ...github },
    runner: { temp: runnerTemp },
    steps,
  };
  const result: ActionRun = { code: 0, outputs: {}, summary: '', log: '', skippedUses: [] };
  for (const [i, step] of action.runs.steps.entries()) {
    if (step.uses) {
      result.skippedUses.push(step.uses);
      continue;
    }
    const outputFile = path.join(runnerTemp, `output-${i}`);
    writeFileSync(outputFile, '');
    const scriptFile = path.join(runnerTemp, `step-${i}.sh`);
    writeFileSync(scriptFile, step.run!);
    const stepEnv: Record<string, string> = {};
    for (const [k, v] of Object.entries(step.env ?? {})) stepEnv[k] = substitute(String(v), contexts);
    const cwd = path.resolve(workspace, substitute(step['working-directory'] ?? '.', contexts));
    const env = cleanEnv({
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: String(github.event_name),
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: runnerTemp,
      ...stepEnv,
    });
    const r = run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', scriptFile], cwd, env);
    result.log += r.stdout + r.stderr;
    if (step.id) steps[step.id] = { outputs: parseOutputFile(readFileSync(outputFile, 'utf8')) };
    if (r.status !== 0) {
      result.code = r.status ?? -1;
      break;
    }
  }
  for (const [name, spec] of Object.entries(action.outputs))
    result.outputs[name] = substitute(spec.value, contexts);
  result.summary = readFileSync(summaryFile, 'utf8');
  return result;
}

function sarifOf(file: string): { runs: { results: { ruleId: string; suppressions?: unknown[] }[] }[] } {
  return JSON.parse(readFileSync(file, 'utf8'));
}

describe('GitHub Action (action.yml)', () => {
  it('is a valid action by the SchemaStore github-action schema', () => {
    const schema = JSON.parse(read('test/schemas/github-action.schema.json')) as object;
    const validate = new Ajv.default({ strict: false, allErrors: true }).compile(schema);
    expect(validate(action), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it('pins every action by commit, keeps expressions out of scripts and has no step conditions', () => {
    expect(action.runs.using).toBe('composite');
    for (const step of action.runs.steps) {
      if (step.uses) expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      if (step.run) {
        expect(step.run).not.toContain('${{');
        expect(step.shell).toBe('bash');
      }
      // Conditions would need an expression evaluator here; the scripts decide instead.
      expect(step.if).toBeUndefined();
    }
    expect(Object.keys(action.outputs).sort()).toEqual(['exit-code', 'findings', 'sarif-file']);
  });

  it('writes SARIF, the job summary and the outputs, and fails on findings matching fail-on', () => {
    const ws = tempDir();
    write(ws, PROJECT);
    const res = runAction(ws, {});
    expect(res.skippedUses).toEqual(['actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020']);
    expect(res.log).toContain(`Palisade is already built in ${ROOT}; not installing`);
    expect(res.code).toBe(1);
    expect(res.log).toContain('::error::Palisade:');

    const sarifFile = path.join(ws, 'palisade.sarif');
    expect(res.outputs['sarif-file']).toBe(sarifFile);
    const sarif = sarifOf(sarifFile);
    expect(validateSarif(sarif), validateSarif.errors()).toBe(true);
    const results = sarif.runs.flatMap((r) => r.results);
    const open = results.filter((r) => !r.suppressions?.length);
    expect(results.filter((r) => r.suppressions?.length).map((r) => r.ruleId)).toEqual(['aws-access-key-id']);
    expect(open.map((r) => r.ruleId)).toContain('aws-access-key-id');
    expect(open.map((r) => r.ruleId)).toContain('PAL-DF-005');
    expect(res.outputs.findings).toBe(String(open.length));
    expect(res.outputs['exit-code']).toBe('1');

    expect(res.summary).toMatch(new RegExp(`^## Palisade: ${open.length} open findings`));
    expect(res.summary).toContain('| Severity |');
    expect(res.summary).not.toContain(KEY);
  });

  it('reports without failing when fail-on is empty, in a working directory, with extra args', () => {
    const ws = tempDir();
    write(ws, Object.fromEntries(Object.entries(PROJECT).map(([p, c]) => [`service/${p}`, c])));
    const res = runAction(ws, {
      'working-directory': 'service',
      'fail-on': '',
      'sarif-file': 'out/palisade.sarif',
      args: '--skip-files Dockerfile --report json=palisade.json',
    });
    expect(res.code).toBe(0);
    expect(res.outputs['exit-code']).toBe('0');
    expect(res.outputs['sarif-file']).toBe(path.join(ws, 'service', 'out', 'palisade.sarif'));
    const open = sarifOf(res.outputs['sarif-file']!)
      .runs.flatMap((r) => r.results)
      .filter((r) => !r.suppressions?.length);
    expect(open.map((r) => r.ruleId)).toEqual(['aws-access-key-id']);
    expect(res.outputs.findings).toBe('1');
    const json = JSON.parse(readFileSync(path.join(ws, 'service', 'palisade.json'), 'utf8')) as {
      findings: unknown[];
    };
    expect(json.findings).toHaveLength(2);
  });

  it('on pull_request, reports only what the PR adds over its base commit', () => {
    const ws = tempDir();
    git(ws, ['init', '-q', '-b', 'main']);
    write(ws, { Dockerfile: PROJECT.Dockerfile, 'README.md': '# app\n' });
    git(ws, ['add', '-A']);
    git(ws, ['commit', '-q', '-m', 'base']);
    const base = git(ws, ['rev-parse', 'HEAD']);
    write(ws, { 'config/aws.ini': PROJECT['config/aws.ini'] });
    git(ws, ['add', '-A']);
    git(ws, ['commit', '-q', '-m', 'pr']);

    const pr = runAction(
      ws,
      {},
      { event_name: 'pull_request', event: { pull_request: { base: { sha: base } } } },
    );
    expect(pr.code).toBe(1);
    const ruleIds = sarifOf(pr.outputs['sarif-file']!)
      .runs.flatMap((r) => r.results)
      .map((r) => r.ruleId);
    expect(ruleIds).toEqual(['aws-access-key-id']);
    expect(pr.outputs.findings).toBe('1');

    // `none` turns the baseline off: the Dockerfile findings of the base count again.
    const all = runAction(
      ws,
      { 'baseline-ref': 'none', 'fail-on': '' },
      { event_name: 'pull_request', event: { pull_request: { base: { sha: base } } } },
    );
    expect(Number(all.outputs.findings)).toBeGreaterThan(1);

    // A base the clone lacks (and cannot fetch: no remote) is a warning, not a silent pass.
    const missing = runAction(ws, { 'baseline-ref': FAKE_SHA, 'fail-on': '' });
    expect(missing.code).toBe(0);
    expect(missing.log).toContain(`::warning::baseline revision '${FAKE_SHA}' is not in the clone`);
    expect(Number(missing.outputs.findings)).toBeGreaterThan(1);
  });

  it('exits 2 with an error annotation on bad input, with no SARIF output', () => {
    const ws = tempDir();
    write(ws, PROJECT);
    const res = runAction(ws, { scanners: 'bogus' });
    expect(res.code).toBe(2);
    expect(res.outputs['exit-code']).toBe('2');
    expect(res.outputs['sarif-file']).toBe('');
    expect(res.log).toContain('::error::Palisade could not complete the scan (exit code 2)');
    expect(res.summary).toBe('');

    const badInstall = runAction(ws, { install: 'sometimes' });
    expect(badInstall.code).toBe(2);
    expect(badInstall.log).toContain("::error::install must be auto, true or false, not 'sometimes'");
  });
});

describe('docs/ci/github.md example workflow', () => {
  const doc = read('docs/ci/github.md');
  const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const example = blocks.find((b) => b.includes('upload-sarif'))!;

  it('uses only inputs the action has, and pins every action', () => {
    const workflow = parseYaml(example) as { jobs: Record<string, { steps: ActionStep[] }> };
    const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
    const palisade = steps.find((s) => s.uses?.startsWith('palisade-security/palisade@'))!;
    expect(palisade.uses).toBe('palisade-security/palisade@<commit-sha>');
    for (const key of Object.keys(palisade.with ?? {})) expect(action.inputs).toHaveProperty(key);
    for (const s of steps.filter((x) => x.uses && x !== palisade)) expect(s.uses).toMatch(/@[0-9a-f]{40}$/);
  });

  it('passes our own GitHub Actions checks once the commit placeholder is filled in', () => {
    const dir = tempDir();
    write(dir, { '.github/workflows/palisade.yml': example.replace('<commit-sha>', FAKE_SHA) });
    const r = run(
      process.execPath,
      [BIN, 'scan', dir, '--scanners', 'misconfig', '--format', 'json'],
      dir,
      cleanEnv(),
    );
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { findings: { ruleId: string; severity: string }[] };
    expect(report.findings.filter((f) => f.severity === 'critical' || f.severity === 'high')).toEqual([]);
    expect(report.findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
// GitLab CI

interface GitlabJob {
  extends?: string | string[];
  image?: string;
  stage?: string;
  variables?: Record<string, string>;
  before_script?: string[];
  script?: string[];
  rules?: { if?: string; when?: string }[];
  artifacts?: { when?: string; paths?: string[]; reports?: Record<string, string> };
  cache?: unknown;
}

const template = parseYaml(read('ci/gitlab/palisade.gitlab-ci.yml')) as Record<string, GitlabJob> & {
  variables: Record<string, string>;
};

/** GitLab's `extends`: maps merge deeply, everything else (arrays included) is replaced by the job's. */
function merge(base: Json, over: Json): Json {
  const out: Json = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] =
      v && typeof v === 'object' && !Array.isArray(v) && b && typeof b === 'object' && !Array.isArray(b)
        ? merge(b as Json, v as Json)
        : v;
  }
  return out;
}

function resolveJob(name: string): GitlabJob {
  const job = template[name]!;
  const parents = [job.extends ?? []].flat();
  const merged = parents.reduce<Json>((acc, p) => merge(acc, resolveJob(p) as Json), {});
  const own: Json = { ...job };
  delete own.extends;
  return merge(merged, own) as GitlabJob;
}

/** `$VAR` and `${VAR}` in variable values, as GitLab expands them. */
function expand(value: string, vars: Record<string, string>): string {
  return value.replace(/\$(?:\{(\w+)\}|(\w+))/g, (_, a?: string, b?: string) => vars[(a ?? b)!] ?? '');
}

/**
 * The `rules:if` forms the template uses: `$VAR` (set and non-empty), `$VAR == "text"`, joined by `&&`.
 * Anything else is an error rather than a guess.
 */
function ruleMatches(expr: string, vars: Record<string, string>): boolean {
  return expr.split('&&').every((term) => {
    const t = term.trim();
    const eq = /^\$(\w+) == "([^"]*)"$/.exec(t);
    if (eq) return (vars[eq[1]!] ?? '') === eq[2];
    const bare = /^\$(\w+)$/.exec(t);
    if (bare) return (vars[bare[1]!] ?? '') !== '';
    throw new Error(`unsupported rules:if term: ${t}`);
  });
}

function jobRuns(job: GitlabJob, vars: Record<string, string>): boolean {
  for (const rule of job.rules ?? []) {
    if (rule.if === undefined || ruleMatches(rule.if, vars)) return rule.when !== 'never';
  }
  return false;
}

/**
 * Run a job's before_script and script as the runner does: one bash script with `set -eo pipefail`,
 * the global and job variables (job wins) over the predefined CI_* ones, in the project folder. PATH
 * starts with a folder holding `palisade` (the built CLI) and an `npm` that fails, so the template's
 * install step must see `palisade` and skip the install.
 */
function runJob(
  name: string,
  projectDir: string,
  ci: Record<string, string>,
  overrides: Record<string, string> = {},
): { code: number; log: string } {
  const job = resolveJob(name);
  const shims = tempDir();
  writeFileSync(path.join(shims, 'palisade'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  writeFileSync(
    path.join(shims, 'npm'),
    '#!/bin/sh\necho "npm must not run in this test: $*" >&2\nexit 99\n',
  );
  chmodSync(path.join(shims, 'palisade'), 0o755);
  chmodSync(path.join(shims, 'npm'), 0o755);
  const vars: Record<string, string> = { CI: 'true', GITLAB_CI: 'true', CI_PROJECT_DIR: projectDir, ...ci };
  for (const [k, v] of Object.entries({ ...template.variables, ...job.variables, ...overrides })) {
    vars[k] = expand(String(v), vars);
  }
  const script = ['set -eo pipefail', ...(job.before_script ?? []), ...(job.script ?? [])].join('\n');
  const file = path.join(shims, 'job.sh');
  writeFileSync(file, script + '\n');
  const env = cleanEnv({ ...vars, PATH: `${shims}:${process.env.PATH ?? ''}` });
  const r = run('bash', ['--noprofile', '--norc', file], projectDir, env);
  return { code: r.status ?? -1, log: r.stdout + r.stderr };
}

const REPORTS = {
  sast: 'gl-sast-report.json',
  secret_detection: 'gl-secret-detection-report.json',
  dependency_scanning: 'gl-dependency-scanning-report.json',
  junit: 'palisade-junit.xml',
};

describe('GitLab template (ci/gitlab/palisade.gitlab-ci.yml)', () => {
  it('has a hidden .palisade job and palisade-scan with every report type, on node:20', () => {
    expect(template['.palisade']).toBeDefined();
    const job = resolveJob('palisade-scan');
    expect(template['palisade-scan']!.extends).toBe('.palisade');
    expect(job.image).toBe('node:20');
    expect(job.stage).toBe('test');
    expect(job.artifacts).toEqual({
      when: 'always',
      expire_in: '1 week',
      paths: ['palisade-report.json'],
      reports: REPORTS,
    });
    expect(Object.keys(template.variables)).toEqual(
      expect.arrayContaining(['PALISADE_PACKAGE', 'PALISADE_SEVERITY', 'PALISADE_FAIL_ON', 'PALISADE_ARGS']),
    );
    // The npm package named "palisade" is someone else's: the template must never install it by name.
    expect(template.variables.PALISADE_PACKAGE).toMatch(
      /^git\+https:\/\/github\.com\/palisade-security\/palisade\.git#/,
    );
  });

  it('runs in merge request pipelines, and in branch pipelines only without an open merge request', () => {
    const job = resolveJob('palisade-scan');
    expect(jobRuns(job, { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_IID: '7' })).toBe(true);
    expect(
      jobRuns(job, {
        CI_PIPELINE_SOURCE: 'push',
        CI_COMMIT_BRANCH: 'feature',
        CI_OPEN_MERGE_REQUESTS: 'group/app!7',
      }),
    ).toBe(false);
    expect(jobRuns(job, { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main' })).toBe(true);
    expect(jobRuns(job, { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_TAG: 'v1.0.0' })).toBe(true);
  });

  it('writes valid SAST, secret detection, dependency scanning and JUnit reports and fails on fail-on', async () => {
    const project = tempDir();
    write(project, PROJECT);
    const { code, log } = runJob(
      'palisade-scan',
      project,
      { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main' },
      { PALISADE_DB_UPDATE: 'false' },
    );
    expect(log).not.toContain('npm must not run');
    expect(code, log).toBe(1);

    const sast = JSON.parse(readFileSync(path.join(project, REPORTS.sast), 'utf8')) as Json & {
      vulnerabilities: Json[];
    };
    const secrets = JSON.parse(readFileSync(path.join(project, REPORTS.secret_detection), 'utf8')) as Json & {
      vulnerabilities: Json[];
    };
    const deps = JSON.parse(readFileSync(path.join(project, REPORTS.dependency_scanning), 'utf8')) as Json & {
      dependency_files: { path: string }[];
    };
    for (const [doc, validate] of [
      [sast, GITLAB_SCHEMAS.sast],
      [secrets, GITLAB_SCHEMAS.secret],
      [deps, GITLAB_SCHEMAS.dependency],
    ] as const) {
      expect(Object.keys(doc)).toEqual(expect.arrayContaining(['version', 'scan', 'vulnerabilities']));
      expect(validate(doc), validate.errors()).toBe(true);
    }
    expect(sast.vulnerabilities.length).toBeGreaterThan(0);
    // The suppressed fixture key is not a GitLab vulnerability; the open one is.
    expect(secrets.vulnerabilities).toHaveLength(1);
    expect(deps.dependency_files.map((f) => f.path)).toEqual(['package-lock.json']);
    expect(await junitSchemaErrors(readFileSync(path.join(project, REPORTS.junit), 'utf8'))).toEqual([]);
    const json = JSON.parse(readFileSync(path.join(project, 'palisade-report.json'), 'utf8')) as {
      findings: unknown[];
    };
    expect(json.findings.length).toBe(sast.vulnerabilities.length + 2);
  });

  it('in a merge request pipeline, reports only what the merge request adds over its diff base', () => {
    const project = tempDir();
    git(project, ['init', '-q', '-b', 'main']);
    write(project, { Dockerfile: PROJECT.Dockerfile, 'config/aws.ini': PROJECT['config/aws.ini'] });
    git(project, ['add', '-A']);
    git(project, ['commit', '-q', '-m', 'base']);
    const base = git(project, ['rev-parse', 'HEAD']);
    write(project, { 'docs/notes.md': 'nothing to see\n' });
    git(project, ['add', '-A']);
    git(project, ['commit', '-q', '-m', 'mr']);
    const ci = {
      CI_PIPELINE_SOURCE: 'merge_request_event',
      CI_MERGE_REQUEST_IID: '7',
      CI_MERGE_REQUEST_DIFF_BASE_SHA: base,
    };
    const mr = runJob('palisade-scan', project, ci, { PALISADE_DB_UPDATE: 'false' });
    expect(mr.code, mr.log).toBe(0);
    const secrets = JSON.parse(readFileSync(path.join(project, REPORTS.secret_detection), 'utf8')) as {
      vulnerabilities: unknown[];
    };
    const sast = JSON.parse(readFileSync(path.join(project, REPORTS.sast), 'utf8')) as {
      vulnerabilities: unknown[];
    };
    expect(secrets.vulnerabilities).toEqual([]);
    expect(sast.vulnerabilities).toEqual([]);

    const off = runJob('palisade-scan', project, ci, {
      PALISADE_DB_UPDATE: 'false',
      PALISADE_MR_BASELINE: 'false',
    });
    expect(off.code).toBe(1);
  });

  it('keeps its own vulnerability database cache folder out of the scan', () => {
    const project = tempDir();
    write(project, { '.palisade-cache/leak.env': `AWS_ACCESS_KEY_ID=${KEY}\n` });
    const { code, log } = runJob(
      'palisade-scan',
      project,
      { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main' },
      { PALISADE_DB_UPDATE: 'false' },
    );
    expect(code, log).toBe(0);
    expect(existsSync(path.join(project, REPORTS.secret_detection))).toBe(true);
  });
});
