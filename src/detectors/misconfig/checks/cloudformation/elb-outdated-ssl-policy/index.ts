import { cfnCheck, props } from '../cfn.js';

/**
 * Predefined ALB/NLB policies that still allow TLS 1.0/1.1 (or SSLv3 on Classic ELBs).
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html
 */
const OUTDATED = new Set([
  'ELBSecurityPolicy-2016-08',
  'ELBSecurityPolicy-2015-05',
  'ELBSecurityPolicy-TLS-1-0-2015-04',
  'ELBSecurityPolicy-TLS-1-1-2017-01',
  'ELBSecurityPolicy-FS-2018-06',
  'ELBSecurityPolicy-FS-1-1-2019-08',
  'ELBSecurityPolicy-TLS13-1-0-2021-06',
  'ELBSecurityPolicy-TLS13-1-1-2021-06',
  'ELBSecurityPolicy-2011-08',
  'ELBSecurityPolicy-2014-01',
  'ELBSecurityPolicy-2014-10',
]);

export const elbOutdatedSslPolicy = cfnCheck({
  id: 'PAL-CFN-081',
  slug: 'elb-outdated-ssl-policy',
  title: 'Load balancer listener allows TLS 1.0/1.1',
  severity: 'medium',
  description:
    'TLS 1.0 and 1.1 are deprecated (RFC 8996) and allow weak cipher suites; clients can be downgraded to them.',
  remediation: 'Use ELBSecurityPolicy-TLS13-1-2-2021-06 (or another TLS 1.2+ policy).',
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html',
    'https://www.rfc-editor.org/rfc/rfc8996',
  ],
  resourceTypes: ['AWS::ElasticLoadBalancingV2::Listener'],
  evaluate(r) {
    const policy = props(r).SslPolicy;
    return typeof policy === 'string' && OUTDATED.has(policy)
      ? [
          {
            message: `listener '${r.name}' uses ${policy}, which allows TLS versions older than 1.2`,
            at: ['Properties', 'SslPolicy'],
          },
        ]
      : [];
  },
});
