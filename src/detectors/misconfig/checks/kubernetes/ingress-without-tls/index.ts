import type { MisconfigCheck } from '../../../check.js';
import { arr, get, NSA } from '../workload.js';

export const ingressWithoutTls: MisconfigCheck = {
  id: 'PAL-K8S-059',
  slug: 'ingress-without-tls',
  platform: 'kubernetes',
  title: 'Ingress without TLS',
  severity: 'medium',
  description:
    'An Ingress without a `tls` section serves its hosts over plain HTTP: credentials, cookies and data cross the network in clear text.',
  remediation: 'Add a `spec.tls` entry with the hosts and a certificate Secret (e.g. issued by cert-manager), and redirect HTTP to HTTPS.',
  references: ['https://kubernetes.io/docs/concepts/services-networking/ingress/#tls', NSA],
  kics: [],
  resourceTypes: ['Ingress'],
  evaluate: (r) => arr(get(r.value, ['spec', 'tls'])).length > 0 ? [] : [{ message: `${r.name} serves its hosts without TLS`, at: get(r.value, ['spec']) ? ['spec'] : [] }],
};
