import { cfnCheck, isAllow, isPublicPrincipal, statements } from '../cfn.js';

// https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html
export const kmsKeyWildcardPrincipal = cfnCheck({
  id: 'PAL-CFN-058',
  slug: 'kms-key-wildcard-principal',
  title: 'KMS key policy allows any principal',
  severity: 'high',
  description:
    'A key policy statement allowing Principal "*" without conditions lets any AWS identity use or manage the key.',
  remediation:
    'Name the account root or specific roles as principals, or add conditions such as kms:CallerAccount.',
  references: ['https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html'],
  kics: ['KMS Allows Wildcard Principal'],
  resourceTypes: ['AWS::KMS::Key'],
  evaluate(r) {
    return statements(r, ['Properties', 'KeyPolicy'])
      .filter(({ value: s }) => isAllow(s) && isPublicPrincipal(s.Principal) && s.Condition === undefined)
      .map(() => ({
        message: `key '${r.name}' allows every principal ("*")`,
        at: ['Properties', 'KeyPolicy'],
      }));
  },
});
