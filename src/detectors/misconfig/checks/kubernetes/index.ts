/**
 * The kubernetes checks: one folder per check (checks/kubernetes/<slug>/index.ts + cases/fail.* + cases/pass.*),
 * listed here exactly once, in id order. checks/registry.test.ts enforces ids, slugs and fixtures.
 */
import type { MisconfigCheck } from '../../check.js';
import { privilegedContainer } from './privileged-container/index.js';
import { hostPidNamespace } from './host-pid-namespace/index.js';
import { hostIpcNamespace } from './host-ipc-namespace/index.js';
import { hostNetworkNamespace } from './host-network-namespace/index.js';
import { hostPathVolume } from './host-path-volume/index.js';
import { containerRuntimeSocketMount } from './container-runtime-socket-mount/index.js';
import { sensitiveHostPathMount } from './sensitive-host-path-mount/index.js';
import { hostPort } from './host-port/index.js';
import { capabilitiesBeyondBaseline } from './capabilities-beyond-baseline/index.js';
import { capabilitiesNotDropped } from './capabilities-not-dropped/index.js';
import { sysAdminCapability } from './sys-admin-capability/index.js';
import { netRawNotDropped } from './net-raw-not-dropped/index.js';
import { apparmorUnconfined } from './apparmor-unconfined/index.js';
import { seccompUnconfined } from './seccomp-unconfined/index.js';
import { seccompProfileMissing } from './seccomp-profile-missing/index.js';
import { selinuxCustomOptions } from './selinux-custom-options/index.js';
import { procMountUnmasked } from './proc-mount-unmasked/index.js';
import { unsafeSysctls } from './unsafe-sysctls/index.js';
import { privilegeEscalationAllowed } from './privilege-escalation-allowed/index.js';
import { runAsNonRoot } from './run-as-non-root/index.js';
import { runAsUserRoot } from './run-as-user-root/index.js';
import { restrictedVolumeTypes } from './restricted-volume-types/index.js';
import { windowsHostProcess } from './windows-host-process/index.js';
import { securityContextMissing } from './security-context-missing/index.js';
import { cpuLimitsMissing } from './cpu-limits-missing/index.js';
import { memoryLimitsMissing } from './memory-limits-missing/index.js';
import { cpuRequestsMissing } from './cpu-requests-missing/index.js';
import { memoryRequestsMissing } from './memory-requests-missing/index.js';
import { livenessProbeMissing } from './liveness-probe-missing/index.js';
import { readinessProbeMissing } from './readiness-probe-missing/index.js';
import { imageTagLatest } from './image-tag-latest/index.js';
import { imageWithoutTag } from './image-without-tag/index.js';
import { imageWithoutDigest } from './image-without-digest/index.js';
import { imagePullPolicyNotAlways } from './image-pull-policy-not-always/index.js';
import { readOnlyRootFilesystem } from './read-only-root-filesystem/index.js';
import { defaultNamespace } from './default-namespace/index.js';
import { defaultServiceAccount } from './default-service-account/index.js';
import { serviceAccountTokenAutomount } from './service-account-token-automount/index.js';
import { secretInEnvLiteral } from './secret-in-env-literal/index.js';
import { secretsAsEnvVars } from './secrets-as-env-vars/index.js';
import { secretDataInManifest } from './secret-data-in-manifest/index.js';
import { cronjobDeadlineMissing } from './cronjob-deadline-missing/index.js';
import { statefulsetHeadlessService } from './statefulset-headless-service/index.js';
import { tillerDeployed } from './tiller-deployed/index.js';
import { dashboardDeployed } from './dashboard-deployed/index.js';
import { rbacWildcardVerbs } from './rbac-wildcard-verbs/index.js';
import { rbacWildcardResources } from './rbac-wildcard-resources/index.js';
import { clusterAdminBinding } from './cluster-admin-binding/index.js';
import { rbacSecretsRead } from './rbac-secrets-read/index.js';
import { rbacEscalateBind } from './rbac-escalate-bind/index.js';
import { rbacImpersonate } from './rbac-impersonate/index.js';
import { rbacPodsExec } from './rbac-pods-exec/index.js';
import { rbacPortForward } from './rbac-port-forward/index.js';
import { rbacCreatePods } from './rbac-create-pods/index.js';
import { rbacNodesProxy } from './rbac-nodes-proxy/index.js';
import { rbacAnonymousBinding } from './rbac-anonymous-binding/index.js';
import { serviceNodeport } from './service-nodeport/index.js';
import { loadbalancerWithoutSourceRanges } from './loadbalancer-without-source-ranges/index.js';
import { ingressWithoutTls } from './ingress-without-tls/index.js';
import { namespaceWithoutNetworkPolicy } from './namespace-without-network-policy/index.js';
import { networkPolicyNoPodTarget } from './network-policy-no-pod-target/index.js';
import { pspPrivileged } from './psp-privileged/index.js';
import { pspPrivilegeEscalation } from './psp-privilege-escalation/index.js';
import { pspHostNamespaces } from './psp-host-namespaces/index.js';
import { pspRootContainers } from './psp-root-containers/index.js';
import { pspCapabilities } from './psp-capabilities/index.js';
import { controlPlaneProfiling } from './control-plane-profiling/index.js';
import { authorizationAlwaysAllow } from './authorization-always-allow/index.js';
import { apiserverAuthorizationRbacMissing } from './apiserver-authorization-rbac-missing/index.js';
import { apiserverBasicAuthFile } from './apiserver-basic-auth-file/index.js';
import { apiserverTokenAuthFile } from './apiserver-token-auth-file/index.js';
import { kubeletReadOnlyPort } from './kubelet-read-only-port/index.js';
import { kubeletProtectKernelDefaults } from './kubelet-protect-kernel-defaults/index.js';
import { kubeletIptablesUtilChains } from './kubelet-iptables-util-chains/index.js';
import { admissionAlwaysAdmit } from './admission-always-admit/index.js';
import { admissionNamespaceLifecycleDisabled } from './admission-namespace-lifecycle-disabled/index.js';
import { etcdClientCertAuth } from './etcd-client-cert-auth/index.js';
import { etcdPeerClientCertAuth } from './etcd-peer-client-cert-auth/index.js';
import { etcdAutoTls } from './etcd-auto-tls/index.js';
import { kubeletHostnameOverride } from './kubelet-hostname-override/index.js';
import { apiserverEtcdClientCert } from './apiserver-etcd-client-cert/index.js';
import { apiserverKubeletClientCert } from './apiserver-kubelet-client-cert/index.js';
import { apiserverKubeletCertificateAuthority } from './apiserver-kubelet-certificate-authority/index.js';
import { apiserverTlsCert } from './apiserver-tls-cert/index.js';
import { controllerManagerRootCaFile } from './controller-manager-root-ca-file/index.js';
import { controllerManagerSaPrivateKey } from './controller-manager-sa-private-key/index.js';
import { etcdTlsCert } from './etcd-tls-cert/index.js';
import { etcdPeerTlsCert } from './etcd-peer-tls-cert/index.js';
import { admissionEventRateLimit } from './admission-event-rate-limit/index.js';
import { apiserverEtcdCa } from './apiserver-etcd-ca/index.js';
import { rotateKubeletServerCertificate } from './rotate-kubelet-server-certificate/index.js';
import { podAntiAffinity } from './pod-anti-affinity/index.js';
import { sharedServiceAccount } from './shared-service-account/index.js';
import { serviceNoPodTarget } from './service-no-pod-target/index.js';
import { apiserverRequestTimeout } from './apiserver-request-timeout/index.js';
import { hpaManagedReplicas } from './hpa-managed-replicas/index.js';
import { invalidLabel } from './invalid-label/index.js';

export const KUBERNETES_CHECKS: readonly MisconfigCheck[] = [
  privilegedContainer,
  hostPidNamespace,
  hostIpcNamespace,
  hostNetworkNamespace,
  hostPathVolume,
  containerRuntimeSocketMount,
  sensitiveHostPathMount,
  hostPort,
  capabilitiesBeyondBaseline,
  capabilitiesNotDropped,
  sysAdminCapability,
  netRawNotDropped,
  apparmorUnconfined,
  seccompUnconfined,
  seccompProfileMissing,
  selinuxCustomOptions,
  procMountUnmasked,
  unsafeSysctls,
  privilegeEscalationAllowed,
  runAsNonRoot,
  runAsUserRoot,
  restrictedVolumeTypes,
  windowsHostProcess,
  securityContextMissing,
  cpuLimitsMissing,
  memoryLimitsMissing,
  cpuRequestsMissing,
  memoryRequestsMissing,
  livenessProbeMissing,
  readinessProbeMissing,
  imageTagLatest,
  imageWithoutTag,
  imageWithoutDigest,
  imagePullPolicyNotAlways,
  readOnlyRootFilesystem,
  defaultNamespace,
  defaultServiceAccount,
  serviceAccountTokenAutomount,
  secretInEnvLiteral,
  secretsAsEnvVars,
  secretDataInManifest,
  cronjobDeadlineMissing,
  statefulsetHeadlessService,
  tillerDeployed,
  dashboardDeployed,
  rbacWildcardVerbs,
  rbacWildcardResources,
  clusterAdminBinding,
  rbacSecretsRead,
  rbacEscalateBind,
  rbacImpersonate,
  rbacPodsExec,
  rbacPortForward,
  rbacCreatePods,
  rbacNodesProxy,
  rbacAnonymousBinding,
  serviceNodeport,
  loadbalancerWithoutSourceRanges,
  ingressWithoutTls,
  namespaceWithoutNetworkPolicy,
  networkPolicyNoPodTarget,
  pspPrivileged,
  pspPrivilegeEscalation,
  pspHostNamespaces,
  pspRootContainers,
  pspCapabilities,
  controlPlaneProfiling,
  authorizationAlwaysAllow,
  apiserverAuthorizationRbacMissing,
  apiserverBasicAuthFile,
  apiserverTokenAuthFile,
  kubeletReadOnlyPort,
  kubeletProtectKernelDefaults,
  kubeletIptablesUtilChains,
  admissionAlwaysAdmit,
  admissionNamespaceLifecycleDisabled,
  etcdClientCertAuth,
  etcdPeerClientCertAuth,
  etcdAutoTls,
  kubeletHostnameOverride,
  apiserverEtcdClientCert,
  apiserverKubeletClientCert,
  apiserverKubeletCertificateAuthority,
  apiserverTlsCert,
  controllerManagerRootCaFile,
  controllerManagerSaPrivateKey,
  etcdTlsCert,
  etcdPeerTlsCert,
  admissionEventRateLimit,
  apiserverEtcdCa,
  rotateKubeletServerCertificate,
  podAntiAffinity,
  sharedServiceAccount,
  serviceNoPodTarget,
  apiserverRequestTimeout,
  hpaManagedReplicas,
  invalidLabel,
];
