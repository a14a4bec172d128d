import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../core/model.js';
import type { IacDoc } from '../../detectors/misconfig/check.js';
import { runChecks } from '../../detectors/misconfig/engine.js';
import { CLOUDFORMATION_CHECKS } from '../../detectors/misconfig/checks/cloudformation/index.js';
import { cloudformation } from './index.js';
import { isTemplate, parseCloudFormation } from './parse.js';

const casesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases');

function parse(text: string): IacDoc {
  const doc = parseCloudFormation(text, 'template.yaml');
  if (!doc) throw new Error('not recognised');
  return doc;
}

describe('parseCloudFormation', () => {
  it('turns every short-form intrinsic into its long form', () => {
    const doc = parse(
      [
        "AWSTemplateFormatVersion: '2010-09-09'",
        'Conditions:',
        '  IsProd: !Equals [!Ref Env, prod]',
        'Resources:',
        '  Fn:',
        '    Type: AWS::Lambda::Function',
        '    Properties:',
        '      Role: !GetAtt Role.Arn',
        '      Name: !Sub "${AWS::StackName}-fn"',
        '      Arn: !Join [":", [a, !Select [0, !Split [",", "x,y"]]]]',
        '      Mem: !If [IsProd, !FindInMap [Sizes, prod, mem], !Ref AWS::NoValue]',
        '      Code: { ZipFile: !Base64 abc }',
        '      Cidrs: !Cidr [!ImportValue VpcCidr, 4, 8]',
        '      Azs: !GetAZs ""',
        '      Flag: !And [!Condition IsProd, !Or [!Not [!Condition IsDev], !Condition IsProd]]',
        '      Long: { "Fn::GetAtt": [Role, Arn] }',
      ].join('\n'),
    );
    const fn = doc.resources.find((r) => r.name === 'Fn')!;
    expect(fn.value).toEqual({
      Type: 'AWS::Lambda::Function',
      Properties: {
        Role: { 'Fn::GetAtt': ['Role', 'Arn'] },
        Name: { 'Fn::Sub': '${AWS::StackName}-fn' },
        Arn: { 'Fn::Join': [':', ['a', { 'Fn::Select': [0, { 'Fn::Split': [',', 'x,y'] }] }]] },
        Mem: { 'Fn::If': ['IsProd', { 'Fn::FindInMap': ['Sizes', 'prod', 'mem'] }, { Ref: 'AWS::NoValue' }] },
        Code: { ZipFile: { 'Fn::Base64': 'abc' } },
        Cidrs: { 'Fn::Cidr': [{ 'Fn::ImportValue': 'VpcCidr' }, 4, 8] },
        Azs: { 'Fn::GetAZs': '' },
        Flag: {
          'Fn::And': [
            { Condition: 'IsProd' },
            { 'Fn::Or': [{ 'Fn::Not': [{ Condition: 'IsDev' }] }, { Condition: 'IsProd' }] },
          ],
        },
        Long: { 'Fn::GetAtt': ['Role', 'Arn'] },
      },
    });
  });

  it('gives the line range of the resource and of any value inside it', () => {
    const doc = parse(
      [
        'Resources:',
        '  Logs:',
        '    Type: AWS::S3::Bucket',
        '    Properties:',
        '      VersioningConfiguration:',
        '        Status: Suspended',
        '      Tags:',
        '        - Key: team',
        '          Value: ops',
        '',
      ].join('\n'),
    );
    const r = doc.resources[0]!;
    expect([r.name, r.type, r.startLine, r.endLine]).toEqual(['Logs', 'AWS::S3::Bucket', 2, 9]);
    expect(r.lines(['Properties', 'VersioningConfiguration', 'Status'])).toEqual({
      startLine: 6,
      endLine: 6,
    });
    expect(r.lines(['Properties', 'VersioningConfiguration'])).toEqual({ startLine: 5, endLine: 6 });
    expect(r.lines(['Properties', 'Tags', 0, 'Value'])).toEqual({ startLine: 9, endLine: 9 });
    // A path below a scalar stops at the deepest node that exists.
    expect(r.lines(['Properties', 'VersioningConfiguration', 'Status', 'Ref'])).toEqual({
      startLine: 6,
      endLine: 6,
    });
  });

  it('substitutes parameter defaults for Ref and keeps Refs to resources and pseudo parameters', () => {
    const doc = parse(
      [
        'Parameters:',
        '  Acl:',
        '    Type: String',
        '    Default: PublicRead',
        'Resources:',
        '  B:',
        '    Type: AWS::S3::Bucket',
        '    Properties:',
        '      AccessControl: !Ref Acl',
        '      BucketName: !Ref AWS::StackName',
        '  P:',
        '    Type: AWS::S3::BucketPolicy',
        '    Properties:',
        '      Bucket: !Ref B',
      ].join('\n'),
    );
    const byName = new Map(doc.resources.map((r) => [r.name, r]));
    expect((byName.get('B')!.value as { Properties: unknown }).Properties).toEqual({
      AccessControl: 'PublicRead',
      BucketName: { Ref: 'AWS::StackName' },
    });
    expect((byName.get('P')!.value as { Properties: unknown }).Properties).toEqual({ Bucket: { Ref: 'B' } });
    // Parameters are handed to checks as pseudo-resources, unresolved.
    expect(byName.get('Acl')!.type).toBe('Parameter');
    expect(byName.get('Acl')!.siblings.map((s) => s.name)).toEqual(['Acl', 'B', 'P']);
  });

  it('reads JSON templates with lines', () => {
    const doc = parse(
      '{\n  "Resources": {\n    "Q": {\n      "Type": "AWS::SQS::Queue",\n      "Properties": {\n        "QueueName": "jobs"\n      }\n    }\n  }\n}\n',
    );
    const q = doc.resources[0]!;
    expect([q.name, q.startLine, q.endLine]).toEqual(['Q', 3, 8]);
    expect(q.lines(['Properties', 'QueueName'])).toEqual({ startLine: 6, endLine: 6 });
  });

  it('reads every document of a multi-document YAML stream', () => {
    const doc = parse(
      'Resources:\n  A:\n    Type: AWS::S3::Bucket\n---\nResources:\n  B:\n    Type: AWS::S3::Bucket\n',
    );
    expect(doc.resources.map((r) => [r.name, r.startLine])).toEqual([
      ['A', 2],
      ['B', 6],
    ]);
  });

  it('decides by content: Kubernetes, compose and other YAML/JSON are not templates', () => {
    expect(
      parseCloudFormation('apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n', 'pod.yaml'),
    ).toBeUndefined();
    expect(parseCloudFormation('services:\n  web:\n    image: nginx\n', 'compose.yaml')).toBeUndefined();
    expect(parseCloudFormation('{"note": "Type: AWS::S3::Bucket"}', 'x.json')).toBeUndefined();
    expect(parseCloudFormation('', 'empty.yaml')).toBeUndefined();
    expect(isTemplate({ Resources: { X: { Type: 'Custom::Thing' } } })).toBe(false);
    expect(isTemplate({ AWSTemplateFormatVersion: '2010-09-09' })).toBe(true);
  });

  it('throws a parse error only for a file that declares itself a template', () => {
    expect(() =>
      parseCloudFormation("AWSTemplateFormatVersion: '2010-09-09'\nResources: [unclosed\n", 't.yaml'),
    ).toThrow(/invalid CloudFormation template/);
    expect(parseCloudFormation('Type: AWS::S3::Bucket\n  bad: [\n', 'other.yaml')).toBeUndefined();
  });
});

describe('cloudformation analyzer', () => {
  const root = path.join(casesDir, 'mixed-repo');
  const files = [
    'infra/network.template',
    'infra/sam.yml',
    'infra/storage.yaml',
    'k8s/deployment.yaml',
    'settings.json',
  ];
  const claimed = (p: string) =>
    cloudformation.claims.patterns!.some((re) => re.test(p)) &&
    !cloudformation.claims.exclude!.some((re) => re.test(p));

  it('claims YAML, JSON and .template files but not lockfiles and manifests that are never templates', () => {
    expect(files.filter(claimed)).toEqual(files);
    expect(
      [
        'package.json',
        'web/package-lock.json',
        'node_modules/x/t.yaml',
        'tsconfig.base.json',
        'README.md',
      ].filter(claimed),
    ).toEqual([]);
  });

  it('emits one iac doc per template, none for other YAML/JSON, and its resources feed the checks', async () => {
    const docs: Doc[] = [];
    for (const rel of files) {
      const bytes = new Uint8Array(readFileSync(path.join(root, rel)));
      const out = await cloudformation.analyze({
        path: rel,
        bytes,
        text: () => new TextDecoder().decode(bytes),
        siblings: { readFile: async () => undefined },
      });
      docs.push(...(out.docs ?? []));
    }
    expect(docs.map((d) => d.path)).toEqual([
      'infra/network.template',
      'infra/sam.yml',
      'infra/storage.yaml',
    ]);
    expect(docs.every((d) => d.kind === 'iac' && (d.content as IacDoc).platform === 'cloudformation')).toBe(
      true,
    );
    const got = docs
      .flatMap((d) => runChecks(d.path, d.content as IacDoc, CLOUDFORMATION_CHECKS).findings)
      .map((f) => `${f.ruleId} ${f.location.path}:${f.location.startLine}`);
    // The AccessControl comes from the Acl parameter's default (line 15 is the !Ref).
    expect(got).toContain('PAL-CFN-008 infra/storage.yaml:15');
    // SSH open to the world, reported at the ingress list (line 8 of the JSON template).
    expect(got).toContain('PAL-CFN-010 infra/network.template:8');
    // The bucket policy refers to the bucket by !Ref and denies non-TLS requests.
    expect(got.filter((g) => g.startsWith('PAL-CFN-009'))).toEqual([]);
    // SAM function with Tracing: Active.
    expect(got.filter((g) => g.startsWith('PAL-CFN-072'))).toEqual([]);
  });
});

describe('SAM Globals', () => {
  it('are merged into each serverless function, the function winning', () => {
    const doc = parse(
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Globals:',
        '  Function:',
        '    Tracing: Active',
        '    Runtime: python3.12',
        '    Environment:',
        '      Variables:',
        '        STAGE: prod',
        'Resources:',
        '  A:',
        '    Type: AWS::Serverless::Function',
        '    Properties:',
        '      Handler: a.handler',
        '      Runtime: python3.13',
        '      Environment:',
        '        Variables:',
        '          TABLE: t',
        '  B:',
        '    Type: AWS::S3::Bucket',
      ].join('\n'),
    );
    const [a, b] = doc.resources;
    expect((a!.value as { Properties: unknown }).Properties).toEqual({
      Tracing: 'Active',
      Runtime: 'python3.13',
      Handler: 'a.handler',
      Environment: { Variables: { STAGE: 'prod', TABLE: 't' } },
    });
    // Values that come from Globals point at the function's Properties.
    expect(a!.lines(['Properties', 'Tracing'])).toEqual({ startLine: 12, endLine: 17 });
    expect(b!.value).toEqual({ Type: 'AWS::S3::Bucket' });
  });
});
