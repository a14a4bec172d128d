import { asArray, cfnCheck, get, isFalse, isObj } from '../cfn.js';
import type { CheckResult } from '../../../check.js';

/**
 * Cipher suites with NULL/anonymous/export encryption, RC4, DES/3DES or MD5 MACs, as named in Classic
 * ELB SSL negotiation policies (OpenSSL names) or IANA names.
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-ssl-security-policy.html
 */
const WEAK = /(NULL|ANON|ADH|AECDH|EXPORT|EXP-|RC4|RC2|DES|3DES|MD5|PSK)/i;

export const elbWeakCiphers = cfnCheck({
  id: 'PAL-CFN-086',
  slug: 'elb-weak-ciphers',
  title: 'Classic load balancer policy enables weak ciphers',
  severity: 'medium',
  description:
    'NULL, export-grade, RC4, DES/3DES and MD5 cipher suites can be broken or downgrade connections to no encryption at all.',
  remediation:
    'Use a predefined policy such as ELBSecurityPolicy-TLS-1-2-2017-01 (Reference-Security-Policy) instead of custom weak ciphers.',
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-ssl-security-policy.html',
  ],
  kics: ['ELB Using Weak Ciphers'],
  resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
  evaluate(r) {
    const out: CheckResult[] = [];
    asArray(get(r.value, ['Properties', 'Policies'])).forEach((pol, i) => {
      if (!isObj(pol)) return;
      asArray(pol.Attributes).forEach((attr, j) => {
        if (!isObj(attr) || typeof attr.Name !== 'string' || isFalse(attr.Value)) return;
        if (!WEAK.test(attr.Name) || /^Protocol-|^Server-Defined|^Reference-Security-Policy/.test(attr.Name))
          return;
        out.push({
          message: `load balancer '${r.name}' policy enables weak cipher ${attr.Name}`,
          at: ['Properties', 'Policies', i, 'Attributes', j, 'Name'],
        });
      });
    });
    return out;
  },
});
