import { asArray, cfnCheck, get, isObj } from '../cfn.js';
import type { CheckResult } from '../../../check.js';

// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html (TransitEncryption defaults to DISABLED)
export const ecsEfsTransitEncryption = cfnCheck({
  id: 'PAL-CFN-171',
  slug: 'ecs-efs-transit-encryption',
  title: 'ECS task mounts EFS without encryption in transit',
  severity: 'medium',
  description:
    'TransitEncryption defaults to DISABLED: file data travels between the task and EFS unencrypted.',
  remediation:
    'Set EFSVolumeConfiguration.TransitEncryption to ENABLED (and use an access point with IAM authorization).',
  references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html'],
  resourceTypes: ['AWS::ECS::TaskDefinition'],
  evaluate(r) {
    const out: CheckResult[] = [];
    asArray(get(r.value, ['Properties', 'Volumes'])).forEach((vol, i) => {
      const cfg = get(vol, ['EFSVolumeConfiguration']);
      if (!isObj(cfg)) return;
      const base = ['Properties', 'Volumes', i, 'EFSVolumeConfiguration'];
      if (cfg.TransitEncryption === 'ENABLED' || isObj(cfg.TransitEncryption)) return;
      const at = cfg.TransitEncryption !== undefined ? [...base, 'TransitEncryption'] : base;
      out.push({
        message: `task definition '${r.name}' mounts EFS volume '${String(get(vol, ['Name']))}' without transit encryption`,
        at,
      });
    });
    return out;
  },
});
