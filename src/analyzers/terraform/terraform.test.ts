import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../core/text.js';
import type { IacDoc, ParsedResource } from '../../detectors/misconfig/check.js';
import { siblingsOf } from '../../pipeline/analyze-file.js';
import type { AnalyzerInput } from '../types.js';
import { Expr, parseHcl } from './hcl.js';
import { analyzeTerraform, parseSibling, terraform } from './index.js';
import { moduleResources } from './resolve.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const cases = path.join(here, 'cases');

function resources(src: string): ParsedResource[] {
  return moduleResources([{ path: 'main.tf', body: parseHcl(src) }]);
}

async function analyzeCase(rel: string, withListDir = true): Promise<ParsedResource[]> {
  const bytes = new Uint8Array(readFileSync(path.join(cases, rel)));
  const sib = siblingsOf(cases, cases, 1 << 20);
  const input: AnalyzerInput = {
    path: rel,
    bytes,
    text: () => decodeText(bytes),
    siblings: withListDir ? sib : { readFile: sib.readFile },
  };
  const out = await analyzeTerraform(input);
  return (out.docs ?? []).flatMap((d) => (d.content as IacDoc).resources);
}

describe('HCL parser', () => {
  it('parses blocks, attributes, comments, heredocs and keeps lines', () => {
    const src = [
      '# a comment',
      'resource "aws_instance" "web" { // trailing',
      '  ami = "ami-123" /* inline */',
      '  tags = {',
      '    Name = "web"',
      '    "kubernetes.io/role" = "node"',
      '  }',
      '  user_data = <<-EOT',
      '    #!/bin/sh',
      '    echo ${var.greeting}',
      '  EOT',
      '  count = var.enabled ? 1 : 0',
      '  ebs_block_device {',
      '    encrypted = true',
      '  }',
      '  list = [1, 2.5, "x", true, null]',
      '}',
    ].join('\n');
    const body = parseHcl(src);
    expect(body.blocks).toHaveLength(1);
    const b = body.blocks[0]!;
    expect(b.labels).toEqual(['aws_instance', 'web']);
    expect(b.span).toEqual({ startLine: 2, endLine: 17 });
    const attr = Object.fromEntries(b.body.attributes.map((a) => [a.name, a]));
    expect(attr['ami']!.value).toBe('ami-123');
    expect(attr['tags']!.value).toEqual({ Name: 'web', 'kubernetes.io/role': 'node' });
    expect(attr['tags']!.span).toEqual({ startLine: 4, endLine: 7 });
    expect((attr['user_data']!.value as { text: string }).text).toBe('#!/bin/sh\necho ${var.greeting}\n');
    expect(attr['count']!.value).toEqual(new Expr('var.enabled ? 1 : 0'));
    expect(attr['list']!.value).toEqual([1, 2.5, 'x', true, null]);
    expect(b.body.blocks[0]!.span).toEqual({ startLine: 13, endLine: 15 });
  });

  it('rejects malformed input with a parse error', () => {
    expect(() => parseHcl('resource "a" "b" {\n  x = "unterminated\n}\n')).toThrow(/HCL/);
    expect(() => parseHcl('resource "a" "b" {\n  x = 1\n')).toThrow(/missing }/);
  });
});

describe('resolution', () => {
  it('resolves variable defaults, locals, templates and jsonencode, and gives attribute lines', () => {
    const [r] = resources(
      [
        'variable "name" { default = "acme" }',
        'locals { port = 22 }',
        'resource "aws_security_group" "sg" {',
        '  name = "sg-${var.name}"',
        '  ingress {',
        '    from_port   = local.port',
        '    cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"]',
        '  }',
        '  description = jsonencode({ a = var.name })',
        '  vpc_id = aws_vpc.main.id',
        '}',
      ].join('\n'),
    );
    expect(r!.name).toBe('aws_security_group.sg');
    expect(r!.value).toEqual({
      name: 'sg-acme',
      description: { a: 'acme' },
      vpc_id: '${aws_vpc.main.id}',
      ingress: [{ from_port: 22, cidr_blocks: ['10.0.0.0/8', '0.0.0.0/0'] }],
    });
    expect(r!.lines(['ingress', 0, 'cidr_blocks', 1])).toEqual({ startLine: 7, endLine: 7 });
    expect(r!.lines(['ingress', 0])).toEqual({ startLine: 5, endLine: 8 });
    expect(r!.lines(['name'])).toEqual({ startLine: 4, endLine: 4 });
    expect(r!.lines([])).toEqual({ startLine: 3, endLine: 11 });
  });

  it('renders aws_iam_policy_document data sources as policy JSON', () => {
    const [r] = resources(
      [
        'resource "aws_iam_policy" "p" {',
        '  policy = data.aws_iam_policy_document.d.json',
        '}',
        'data "aws_iam_policy_document" "d" {',
        '  statement {',
        '    actions   = ["*"]',
        '    resources = ["*"]',
        '    principals {',
        '      type        = "AWS"',
        '      identifiers = ["*"]',
        '    }',
        '  }',
        '}',
      ].join('\n'),
    );
    expect(r!.value).toEqual({
      policy: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: ['*'], Resource: ['*'], Principal: { AWS: ['*'] } }],
      },
    });
  });

  it('leaves unknown variables as references (no guessing)', () => {
    const [r] = resources('resource "aws_db_instance" "db" {\n  publicly_accessible = var.public\n}\n');
    expect(r!.value).toEqual({ publicly_accessible: '${var.public}' });
  });
});

describe('terraform analyzer', () => {
  it('claims .tf files and plan JSON, not other JSON', () => {
    const claimed = (p: string) =>
      terraform.claims.patterns!.some((re) => re.test(p)) &&
      !terraform.claims.exclude!.some((re) => re.test(p));
    expect(claimed('infra/main.tf')).toBe(true);
    expect(claimed('infra/tfplan.json')).toBe(true);
    expect(claimed('package.json')).toBe(false);
    expect(claimed('infra/.terraform/modules/x/main.tf')).toBe(false);
  });

  it('resolves a module across the files of its directory (listDir)', async () => {
    const rs = await analyzeCase('module/main.tf');
    expect(rs.map((r) => r.name)).toEqual([
      'aws_s3_bucket.reports',
      'aws_security_group.bastion',
      'aws_iam_policy.read',
    ]);
    expect(rs.every((r) => r.path === 'module/main.tf')).toBe(true);
    const [bucket, sg, policy] = rs;
    expect(bucket!.value).toEqual({ bucket: 'acme-reports', tags: { team: 'data' } });
    expect(sg!.value).toMatchObject({
      name: 'bastion-acme-reports',
      ingress: [{ from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'] }],
    });
    expect(policy!.value).toMatchObject({
      policy: { Statement: [{ Action: ['s3:GetObject'], Resource: ['${aws_s3_bucket.reports.arn}/*'] }] },
    });
    // The public access block of access.tf is a sibling of the bucket.
    const pab = bucket!.siblings.find((s) => s.type === 'aws_s3_bucket_public_access_block');
    expect(pab?.path).toBe('module/access.tf');
  });

  it('without listDir resolves within the file only', async () => {
    const rs = await analyzeCase('module/main.tf', false);
    expect(rs[0]!.value).toEqual({ bucket: '${var.bucket_name}', tags: '${local.tags}' });
    expect(rs[0]!.siblings.some((s) => s.type === 'aws_s3_bucket_public_access_block')).toBe(false);
  });

  it('reads resources of a terraform plan (planned_values, child modules)', async () => {
    const rs = await analyzeCase('plan/tfplan.json');
    expect(rs.map((r) => [r.name, r.type, r.startLine])).toEqual([
      ['aws_s3_bucket.logs', 'aws_s3_bucket', 7],
      ['module.db.aws_db_instance.main', 'aws_db_instance', 23],
    ]);
    // null attributes and empty block lists of the plan count as missing
    expect(rs[0]!.value).toEqual({ bucket: 'acme-logs', acl: 'public-read' });
  });

  it('ignores JSON that is not a plan', async () => {
    const bytes = new TextEncoder().encode('{"name": "x"}');
    const out = await analyzeTerraform({
      path: 'plan.json',
      bytes,
      text: () => '{"name": "x"}',
      siblings: { readFile: async () => undefined },
    });
    expect(out.docs ?? []).toEqual([]);
  });
});

describe('siblingsOf().listDir', () => {
  it('lists files of a directory inside the target and refuses to leave it', async () => {
    const sib = siblingsOf(cases, cases, 1 << 20);
    expect(await sib.listDir!('module')).toEqual(['access.tf', 'main.tf', 'variables.tf']);
    expect(await sib.listDir!('')).toEqual([]);
    expect(await sib.listDir!('../')).toBeUndefined();
    expect(await sib.listDir!('missing')).toBeUndefined();
  });
});

describe('parseSibling', () => {
  it('reuses a parse only for identical text, so a changed file is parsed again', () => {
    const a = parseSibling('mod/vars.tf', 'variable "x" {\n  default = "a"\n}\n');
    expect(parseSibling('mod/vars.tf', 'variable "x" {\n  default = "a"\n}\n')).toBe(a);
    const b = parseSibling('mod/vars.tf', 'variable "x" {\n  default = "b"\n}\n');
    expect(b).not.toBe(a);
    expect(JSON.stringify(b)).toContain('"b"');
    expect(parseSibling('mod/broken.tf', 'resource "x" {')).toBeNull();
  });
});

describe('module resolution across the files of a directory', () => {
  function input(files: Record<string, string>, rel: string): AnalyzerInput {
    const bytes = new TextEncoder().encode(files[rel]!);
    const dir = path.posix.dirname(rel);
    return {
      path: rel,
      bytes,
      text: () => files[rel]!,
      siblings: {
        readFile: async (p) => (files[p] === undefined ? undefined : new TextEncoder().encode(files[p])),
        listDir: async (d) =>
          Object.keys(files)
            .filter((p) => path.posix.dirname(p) === (d || '.'))
            .map((p) => p.slice(dir === '.' ? 0 : dir.length + 1))
            .sort(),
      },
    };
  }
  const bucketOf = async (files: Record<string, string>): Promise<unknown> => {
    const out = await analyzeTerraform(input(files, 'm/main.tf'));
    return (out.docs![0]!.content as IacDoc).resources[0]!.value;
  };

  it('resolves again when a sibling changes, never from a stale module', async () => {
    const files = {
      'm/main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = var.name\n}\n',
      'm/vars.tf': 'variable "name" {\n  default = "first"\n}\n',
    };
    expect(await bucketOf(files)).toEqual({ bucket: 'first' });
    expect(await bucketOf({ ...files, 'm/vars.tf': 'variable "name" {\n  default = "second"\n}\n' })).toEqual(
      { bucket: 'second' },
    );
    // A file added to the module counts too: its resource becomes a sibling of the bucket.
    const siblingTypes = async (f: Record<string, string>): Promise<string[]> => {
      const out = await analyzeTerraform(input(f, 'm/main.tf'));
      return (out.docs![0]!.content as IacDoc).resources[0]!.siblings.map((r) => r.type).sort();
    };
    expect(await siblingTypes(files)).toEqual(['aws_s3_bucket']);
    const pab = 'resource "aws_s3_bucket_public_access_block" "b" {\n  bucket = aws_s3_bucket.b.id\n}\n';
    expect(await siblingTypes({ ...files, 'm/access.tf': pab })).toEqual([
      'aws_s3_bucket',
      'aws_s3_bucket_public_access_block',
    ]);
    // And back: the file is gone, so is the sibling.
    expect(await siblingTypes(files)).toEqual(['aws_s3_bucket']);
  });

  it('reports a file’s own syntax error even after its module was resolved from a sibling', async () => {
    const files = {
      'm/main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\n',
      'm/broken.tf': 'resource "aws_s3_bucket" "c" {\n',
    };
    await analyzeTerraform(input(files, 'm/main.tf'));
    await expect(analyzeTerraform(input(files, 'm/broken.tf'))).rejects.toThrow();
  });
});
