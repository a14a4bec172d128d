import { cfnCheck, props } from '../cfn.js';

// https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html
export const lambdaPermissionPublic = cfnCheck({
  id: 'PAL-CFN-070',
  slug: 'lambda-permission-public',
  title: 'Lambda permission allows any principal to invoke the function',
  severity: 'high',
  description:
    'A resource-based permission with Principal "*" lets any AWS account (or anyone, with a function URL) invoke the function.',
  remediation: 'Set Principal to the calling service or account, with SourceArn/SourceAccount conditions.',
  references: ['https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html'],
  kics: ['Lambda Permission Principal Is Wildcard'],
  resourceTypes: ['AWS::Lambda::Permission'],
  evaluate(r) {
    const principal = props(r).Principal;
    return principal === '*'
      ? [
          {
            message: `permission '${r.name}' grants invoke to Principal "*"`,
            at: ['Properties', 'Principal'],
          },
        ]
      : [];
  },
});
