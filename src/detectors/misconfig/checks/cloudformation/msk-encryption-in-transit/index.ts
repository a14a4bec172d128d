import { cfnCheck, get, isFalse } from '../cfn.js';
import type { CheckResult } from '../../../check.js';

// https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html (defaults: ClientBroker TLS, InCluster true)
export const mskEncryptionInTransit = cfnCheck({
  id: 'PAL-CFN-160',
  slug: 'msk-encryption-in-transit',
  title: 'MSK cluster allows plaintext traffic',
  severity: 'medium',
  description:
    'ClientBroker PLAINTEXT/TLS_PLAINTEXT or InCluster false lets Kafka records and credentials travel unencrypted between clients and brokers or between brokers.',
  remediation: 'Set EncryptionInfo.EncryptionInTransit.ClientBroker to TLS and InCluster to true.',
  references: ['https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html'],
  kics: ['MSK Cluster Encryption Disabled'],
  resourceTypes: ['AWS::MSK::Cluster'],
  evaluate(r) {
    const base = ['Properties', 'EncryptionInfo', 'EncryptionInTransit'];
    const out: CheckResult[] = [];
    const cb = get(r.value, [...base, 'ClientBroker']);
    if (cb === 'PLAINTEXT' || cb === 'TLS_PLAINTEXT')
      out.push({
        message: `cluster '${r.name}' accepts ${cb} client connections`,
        at: [...base, 'ClientBroker'],
      });
    if (isFalse(get(r.value, [...base, 'InCluster'])))
      out.push({
        message: `cluster '${r.name}' does not encrypt traffic between brokers`,
        at: [...base, 'InCluster'],
      });
    return out;
  },
});
