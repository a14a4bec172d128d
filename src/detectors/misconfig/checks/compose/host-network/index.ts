import type { MisconfigCheck } from '../../../check.js';
import { serviceOf } from '../shared.js';

export const hostNetwork: MisconfigCheck = {
  id: 'PAL-DC-002',
  slug: 'host-network',
  platform: 'compose',
  title: 'Host network namespace shared',
  severity: 'high',
  description:
    '`network_mode: host` removes network isolation: the container sees every host interface, can bind host ports and reach services listening on localhost (CIS Docker Benchmark 5.9).',
  remediation: 'Use the default bridge or a user-defined network and publish only the ports needed.',
  references: ['https://docs.docker.com/reference/compose-file/services/#network_mode', 'https://www.cisecurity.org/benchmark/docker'],
  kics: ['Shared Host Network Namespace'],
  resourceTypes: ['service'],
  evaluate(r) {
    const v = serviceOf(r).network_mode;
    return v === 'host' ? [{ message: `${r.name} uses the host network`, at: ['network_mode'] }] : [];
  },
};
