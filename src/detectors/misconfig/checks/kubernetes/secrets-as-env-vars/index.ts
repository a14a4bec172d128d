import type { CheckResult, MisconfigCheck } from '../../../check.js';
import { arr, containers, get, isObj, WORKLOAD_KINDS } from '../workload.js';

export const secretsAsEnvVars: MisconfigCheck = {
  id: 'PAL-K8S-040',
  slug: 'secrets-as-env-vars',
  platform: 'kubernetes',
  title: 'Secret exposed as environment variable',
  severity: 'low',
  description:
    'Environment variables leak: they are inherited by child processes, dumped in crash reports and debug endpoints, and readable from /proc by other processes of the same user. Secrets mounted as files are not, and can be rotated without a restart.',
  remediation: 'Mount the Secret as a volume (read-only) and read the value from the file instead of `secretKeyRef` / `envFrom.secretRef`.',
  references: ['https://kubernetes.io/docs/concepts/security/secrets-good-practices/', 'https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-files-from-a-pod', 'CIS Kubernetes Benchmark 5.4.1'],
  kics: ['Secrets used as environment variables'],
  resourceTypes: WORKLOAD_KINDS,
  evaluate: (r) =>
    containers(r).flatMap((c) => {
      const out: CheckResult[] = [];
      arr(c.c.env).forEach((e, i) => {
        if (isObj(e) && get(e, ['valueFrom', 'secretKeyRef']) !== undefined) out.push({ message: `container '${c.name}' reads secret into ${String(e.name)}`, at: [...c.path, 'env', i, 'valueFrom', 'secretKeyRef'] });
      });
      if (arr(c.c.envFrom).some((e) => isObj(e) && e.secretRef !== undefined)) out.push({ message: `container '${c.name}' loads a whole Secret into its environment`, at: [...c.path, 'envFrom'] });
      return out;
    }),
};
