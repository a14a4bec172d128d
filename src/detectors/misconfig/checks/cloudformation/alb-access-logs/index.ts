import { asArray, cfnCheck, isObj, isTrue, props } from '../cfn.js';

// https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html
export const albAccessLogs = cfnCheck({
  id: 'PAL-CFN-082',
  slug: 'alb-access-logs',
  title: 'Load balancer access logging is disabled',
  severity: 'low',
  description:
    'Without access logs there is no record of client requests for incident investigation or abuse analysis.',
  remediation: 'Add LoadBalancerAttributes access_logs.s3.enabled = "true" and access_logs.s3.bucket.',
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html',
  ],
  kics: ['ELBv2 ALB Access Log Disabled'],
  resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  evaluate(r) {
    const p = props(r);
    // Gateway load balancers have no access logs.
    if (p.Type === 'gateway') return [];
    const attrs = asArray(p.LoadBalancerAttributes);
    const i = attrs.findIndex((a) => isObj(a) && a.Key === 'access_logs.s3.enabled');
    if (i < 0)
      return [
        {
          message: `load balancer '${r.name}' does not enable access logs`,
          at:
            p.LoadBalancerAttributes !== undefined
              ? ['Properties', 'LoadBalancerAttributes']
              : isObj((r.value as { Properties?: unknown }).Properties)
                ? ['Properties']
                : undefined,
        },
      ];
    const v = (attrs[i] as { Value?: unknown }).Value;
    return isTrue(v) || isObj(v)
      ? []
      : [
          {
            message: `load balancer '${r.name}' disables access logs`,
            at: ['Properties', 'LoadBalancerAttributes', i, 'Value'],
          },
        ];
  },
});
