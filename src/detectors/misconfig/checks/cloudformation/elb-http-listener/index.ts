import { asArray, cfnCheck, get, isObj, props } from '../cfn.js';
import type { CheckResult } from '../../../check.js';

/**
 * Plain HTTP listeners, unless they only redirect to HTTPS (the recommended ALB pattern).
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html
 */
export const elbHttpListener = cfnCheck({
  id: 'PAL-CFN-080',
  slug: 'elb-http-listener',
  title: 'Load balancer listener accepts plain HTTP',
  severity: 'medium',
  description:
    'An HTTP listener that forwards traffic sends credentials and session cookies unencrypted between clients and the load balancer.',
  remediation: 'Use an HTTPS listener with an ACM certificate; keep port 80 only as a redirect to HTTPS.',
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-1',
  ],
  kics: ['ALB Listening on HTTP'],
  resourceTypes: ['AWS::ElasticLoadBalancingV2::Listener', 'AWS::ElasticLoadBalancing::LoadBalancer'],
  evaluate(r) {
    const p = props(r);
    if (r.type === 'AWS::ElasticLoadBalancingV2::Listener') {
      if (p.Protocol !== 'HTTP') return [];
      const redirects = asArray(p.DefaultActions).every(
        (a) => isObj(a) && a.Type === 'redirect' && get(a, ['RedirectConfig', 'Protocol']) === 'HTTPS',
      );
      return redirects && asArray(p.DefaultActions).length > 0
        ? []
        : [{ message: `listener '${r.name}' forwards plain HTTP`, at: ['Properties', 'Protocol'] }];
    }
    const out: CheckResult[] = [];
    asArray(p.Listeners).forEach((l, i) => {
      if (isObj(l) && String(l.Protocol).toUpperCase() === 'HTTP')
        out.push({
          message: `load balancer '${r.name}' has an HTTP listener on port ${String(l.LoadBalancerPort)}`,
          at: ['Properties', 'Listeners', i, 'Protocol'],
        });
    });
    return out;
  },
});
