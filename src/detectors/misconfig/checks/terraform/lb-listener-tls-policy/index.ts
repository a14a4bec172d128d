import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Policies that allow TLS 1.0/1.1 and weak ciphers are open to downgrade attacks.
export const lbListenerTlsPolicy: MisconfigCheck = {
  id: 'PAL-TF-053',
  slug: 'lb-listener-tls-policy',
  platform: 'terraform',
  title: 'Load balancer listener uses an outdated TLS policy',
  severity: 'medium',
  description: 'Policies that allow TLS 1.0/1.1 and weak ciphers are open to downgrade attacks.',
  remediation: 'Use ELBSecurityPolicy-TLS13-1-2-2021-06 or another TLS 1.2+ policy.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener'],
  kics: [],
  resourceTypes: ['aws_lb_listener', 'aws_alb_listener'],
  evaluate: h.requireSetting(
    ['ssl_policy'],
    (v) => typeof v !== 'string' || !/2015-05|2016-08|TLS-1-0|TLS-1-1|2015-02|2014-10|2014-01/.test(v),
    { flagMissing: false, bad: 'ssl_policy is "ELBSecurityPolicy-2016-08"' },
  ),
};
