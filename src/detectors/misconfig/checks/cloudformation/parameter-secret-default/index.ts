import { cfnCheck, isObj } from '../cfn.js';

const SECRET_NAME = /(password|passwd|secret|token|apikey|api_key|privatekey|private_key|credential)/i;

// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/security-best-practices.html#creds
export const parameterSecretDefault = cfnCheck({
  id: 'PAL-CFN-092',
  slug: 'parameter-secret-default',
  title: 'Secret parameter has a default value',
  severity: 'high',
  description:
    'A Default on a password or token parameter puts the secret in the template (and version control); NoEcho does not hide it there, and every stack that does not override it shares the same secret.',
  remediation:
    'Remove the Default and pass the value at deploy time, or use a Secrets Manager dynamic reference.',
  references: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/security-best-practices.html#creds',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html',
  ],
  kics: [
    'DocDB Cluster Master Password In Plaintext',
    'Directory Service Simple AD Password Exposed',
    'Directory Service Microsoft AD Password Set to Plaintext or Default Ref',
    'DMS Endpoint MongoDB Settings Password Exposed',
  ],
  resourceTypes: ['Parameter'],
  evaluate(r) {
    if (!SECRET_NAME.test(r.name) || !isObj(r.value)) return [];
    if (/(Arn|Name|Id|Path|Length|Rotation)$/i.test(r.name)) return [];
    if (String(r.value.Type ?? '').startsWith('AWS::SSM::Parameter')) return [];
    const d = r.value.Default;
    return typeof d === 'string' && d !== '' && !d.startsWith('{{resolve:')
      ? [{ message: `parameter '${r.name}' has a default secret value`, at: ['Default'] }]
      : [];
  },
});
