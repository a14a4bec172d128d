import type { MisconfigCheck } from '../../../check.js';
import { isObj } from '../workload.js';

export const cronjobDeadlineMissing: MisconfigCheck = {
  id: 'PAL-K8S-042',
  slug: 'cronjob-deadline-missing',
  platform: 'kubernetes',
  title: 'CronJob without startingDeadlineSeconds',
  severity: 'low',
  description:
    'Without `startingDeadlineSeconds` a CronJob that missed more than 100 schedules (controller down, suspended) stops being scheduled at all, and late runs start at any time after the slot.',
  remediation: 'Set `spec.startingDeadlineSeconds` to how late a run may still start (e.g. 300).',
  references: ['https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#job-creation'],
  kics: ['CronJob deadline not configured'],
  resourceTypes: ['CronJob'],
  evaluate: (r) => {
    const spec = (r.value as Record<string, unknown>).spec;
    if (!isObj(spec) || (spec.startingDeadlineSeconds !== undefined && spec.startingDeadlineSeconds !== null)) return [];
    return [{ message: `${r.name} has no startingDeadlineSeconds`, at: ['spec'] }];
  },
};
