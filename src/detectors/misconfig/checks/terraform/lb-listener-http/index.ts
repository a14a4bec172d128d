import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// HTTP listeners send credentials and session cookies in clear text (unless they only redirect to HTTPS).
export const lbListenerHttp: MisconfigCheck = {
  id: 'PAL-TF-052',
  slug: 'lb-listener-http',
  platform: 'terraform',
  title: 'Load balancer listener uses plain HTTP',
  severity: 'high',
  description:
    'HTTP listeners send credentials and session cookies in clear text (unless they only redirect to HTTPS).',
  remediation: 'Use protocol = "HTTPS" with a certificate, and make port 80 only redirect.',
  references: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener'],
  kics: [],
  resourceTypes: ['aws_lb_listener', 'aws_alb_listener'],
  evaluate: h.requireSetting(['protocol'], (v) => v !== 'HTTP', {
    flagMissing: false,
    bad: 'protocol is "HTTP"',
  }),
};
