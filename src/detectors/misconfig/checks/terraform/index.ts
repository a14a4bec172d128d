/**
 * The terraform checks: one folder per check (checks/terraform/<slug>/index.ts + cases/fail.* + cases/pass.*),
 * listed here exactly once. checks/registry.test.ts enforces ids, slugs and fixtures.
 */
import type { MisconfigCheck } from '../../check.js';
import { albDeletionProtection } from './alb-deletion-protection/index.js';
import { albDropInvalidHeaders } from './alb-drop-invalid-headers/index.js';
import { apiGatewayXray } from './api-gateway-xray/index.js';
import { athenaWorkgroupEncrypted } from './athena-workgroup-encrypted/index.js';
import { azureAksNetworkPolicy } from './azure-aks-network-policy/index.js';
import { azureAksPrivateCluster } from './azure-aks-private-cluster/index.js';
import { azureAksRbac } from './azure-aks-rbac/index.js';
import { azureAppServiceHttp2 } from './azure-app-service-http2/index.js';
import { azureAppServiceHttpsOnly } from './azure-app-service-https-only/index.js';
import { azureAppServiceMinTls } from './azure-app-service-min-tls/index.js';
import { azureContainerRegistryAdmin } from './azure-container-registry-admin/index.js';
import { azureFunctionAppFtps } from './azure-function-app-ftps/index.js';
import { azureFunctionAppHttp2 } from './azure-function-app-http2/index.js';
import { azureFunctionClientCerts } from './azure-function-client-certs/index.js';
import { azureKeyvaultPurgeProtection } from './azure-keyvault-purge-protection/index.js';
import { azureManagedDiskEncryption } from './azure-managed-disk-encryption/index.js';
import { azureMariadbPublic } from './azure-mariadb-public/index.js';
import { azureMysqlPublic } from './azure-mysql-public/index.js';
import { azureNsgRdpOpen } from './azure-nsg-rdp-open/index.js';
import { azureNsgSshOpen } from './azure-nsg-ssh-open/index.js';
import { azurePostgresConnectionThrottling } from './azure-postgres-connection-throttling/index.js';
import { azurePostgresLogCheckpoints } from './azure-postgres-log-checkpoints/index.js';
import { azurePostgresLogRetention } from './azure-postgres-log-retention/index.js';
import { azurePostgresPublic } from './azure-postgres-public/index.js';
import { azurePostgresSsl } from './azure-postgres-ssl/index.js';
import { azureRedisNonSsl } from './azure-redis-non-ssl/index.js';
import { azureSearchPublic } from './azure-search-public/index.js';
import { azureSqlFirewallAll } from './azure-sql-firewall-all/index.js';
import { azureSqlPublicNetwork } from './azure-sql-public-network/index.js';
import { azureStorageHttpsOnly } from './azure-storage-https-only/index.js';
import { azureStorageMinTls } from './azure-storage-min-tls/index.js';
import { azureStorageNetworkDefaultDeny } from './azure-storage-network-default-deny/index.js';
import { azureStorageNetworkOpen } from './azure-storage-network-open/index.js';
import { azureStoragePublicBlob } from './azure-storage-public-blob/index.js';
import { cloudfrontLogging } from './cloudfront-logging/index.js';
import { cloudfrontMinTls } from './cloudfront-min-tls/index.js';
import { cloudfrontViewerHttps } from './cloudfront-viewer-https/index.js';
import { cloudfrontWaf } from './cloudfront-waf/index.js';
import { cloudtrailKms } from './cloudtrail-kms/index.js';
import { cloudtrailLogValidation } from './cloudtrail-log-validation/index.js';
import { cloudtrailMultiRegion } from './cloudtrail-multi-region/index.js';
import { cloudwatchLogGroupKms } from './cloudwatch-log-group-kms/index.js';
import { cloudwatchLogRetention } from './cloudwatch-log-retention/index.js';
import { daxEncrypted } from './dax-encrypted/index.js';
import { defaultSgRestrictsTraffic } from './default-sg-restricts-traffic/index.js';
import { dmsPublic } from './dms-public/index.js';
import { docdbEncrypted } from './docdb-encrypted/index.js';
import { docdbLogging } from './docdb-logging/index.js';
import { dynamodbEncryptedCmk } from './dynamodb-encrypted-cmk/index.js';
import { dynamodbPitr } from './dynamodb-pitr/index.js';
import { ebsDefaultEncryption } from './ebs-default-encryption/index.js';
import { ebsSnapshotEncrypted } from './ebs-snapshot-encrypted/index.js';
import { ebsVolumeEncrypted } from './ebs-volume-encrypted/index.js';
import { ec2EbsOptimized } from './ec2-ebs-optimized/index.js';
import { ec2Imdsv2 } from './ec2-imdsv2/index.js';
import { ec2Monitoring } from './ec2-monitoring/index.js';
import { ec2PublicIp } from './ec2-public-ip/index.js';
import { ecrImmutableTags } from './ecr-immutable-tags/index.js';
import { ecrKms } from './ecr-kms/index.js';
import { ecrScanOnPush } from './ecr-scan-on-push/index.js';
import { efsEncrypted } from './efs-encrypted/index.js';
import { eksLogging } from './eks-logging/index.js';
import { eksPublicEndpoint } from './eks-public-endpoint/index.js';
import { elasticacheAtRest } from './elasticache-at-rest/index.js';
import { elasticacheInTransit } from './elasticache-in-transit/index.js';
import { elasticacheRedisBackup } from './elasticache-redis-backup/index.js';
import { elbAccessLogs } from './elb-access-logs/index.js';
import { esEncryptAtRest } from './es-encrypt-at-rest/index.js';
import { esEnforceHttps } from './es-enforce-https/index.js';
import { esLogging } from './es-logging/index.js';
import { esNodeToNode } from './es-node-to-node/index.js';
import { gcpArtifactRegistryPublic } from './gcp-artifact-registry-public/index.js';
import { gcpBucketPublicIam } from './gcp-bucket-public-iam/index.js';
import { gcpBucketUniformAccess } from './gcp-bucket-uniform-access/index.js';
import { gcpBucketVersioning } from './gcp-bucket-versioning/index.js';
import { gcpCloudRunPublic } from './gcp-cloud-run-public/index.js';
import { gcpComputeIpForwarding } from './gcp-compute-ip-forwarding/index.js';
import { gcpComputeSerialPort } from './gcp-compute-serial-port/index.js';
import { gcpComputeShieldedVm } from './gcp-compute-shielded-vm/index.js';
import { gcpDnsDnssec } from './gcp-dns-dnssec/index.js';
import { gcpFirewallRdpOpen } from './gcp-firewall-rdp-open/index.js';
import { gcpFirewallSshOpen } from './gcp-firewall-ssh-open/index.js';
import { gcpKmsKeyRingPublic } from './gcp-kms-key-ring-public/index.js';
import { gcpKmsRotation } from './gcp-kms-rotation/index.js';
import { gcpProjectSerialPort } from './gcp-project-serial-port/index.js';
import { gcpPubsubTopicPublic } from './gcp-pubsub-topic-public/index.js';
import { gcpSqlBackups } from './gcp-sql-backups/index.js';
import { gcpSqlPublicIp } from './gcp-sql-public-ip/index.js';
import { gcpSqlSsl } from './gcp-sql-ssl/index.js';
import { gkeLegacyAbac } from './gke-legacy-abac/index.js';
import { gkeNodeAutoRepair } from './gke-node-auto-repair/index.js';
import { gkePrivateNodes } from './gke-private-nodes/index.js';
import { gkeShieldedNodes } from './gke-shielded-nodes/index.js';
import { iamAdminPolicyOnUser } from './iam-admin-policy-on-user/index.js';
import { iamPasswordMaxAge } from './iam-password-max-age/index.js';
import { iamPasswordMinLength } from './iam-password-min-length/index.js';
import { iamPasswordNumbers } from './iam-password-numbers/index.js';
import { iamPasswordReuse } from './iam-password-reuse/index.js';
import { iamPasswordSymbols } from './iam-password-symbols/index.js';
import { iamPolicyFullAdmin } from './iam-policy-full-admin/index.js';
import { iamPolicyWildcardAction } from './iam-policy-wildcard-action/index.js';
import { iamRoleAssumeAnyPrincipal } from './iam-role-assume-any-principal/index.js';
import { kinesisEncrypted } from './kinesis-encrypted/index.js';
import { kmsDeletionWindow } from './kms-deletion-window/index.js';
import { kmsKeyRotation } from './kms-key-rotation/index.js';
import { lambdaEnvSecrets } from './lambda-env-secrets/index.js';
import { lambdaTracing } from './lambda-tracing/index.js';
import { lambdaUrlAuth } from './lambda-url-auth/index.js';
import { lbListenerHttp } from './lb-listener-http/index.js';
import { lbListenerTlsPolicy } from './lb-listener-tls-policy/index.js';
import { mqBrokerPublic } from './mq-broker-public/index.js';
import { mskEncryptionInTransit } from './msk-encryption-in-transit/index.js';
import { neptuneEncrypted } from './neptune-encrypted/index.js';
import { neptuneInstancePublic } from './neptune-instance-public/index.js';
import { rdsBackupRetention } from './rds-backup-retention/index.js';
import { rdsClusterStorageEncrypted } from './rds-cluster-storage-encrypted/index.js';
import { rdsDeletionProtection } from './rds-deletion-protection/index.js';
import { rdsIamAuth } from './rds-iam-auth/index.js';
import { rdsPublic } from './rds-public/index.js';
import { rdsStorageEncrypted } from './rds-storage-encrypted/index.js';
import { redshiftEncrypted } from './redshift-encrypted/index.js';
import { redshiftPublic } from './redshift-public/index.js';
import { s3BlockPublicAcls } from './s3-block-public-acls/index.js';
import { s3BlockPublicPolicy } from './s3-block-public-policy/index.js';
import { s3BucketAclWriteAcp } from './s3-bucket-acl-write-acp/index.js';
import { s3BucketEncryption } from './s3-bucket-encryption/index.js';
import { s3BucketLogging } from './s3-bucket-logging/index.js';
import { s3BucketPolicyPublic } from './s3-bucket-policy-public/index.js';
import { s3BucketPublicAccessBlockMissing } from './s3-bucket-public-access-block-missing/index.js';
import { s3BucketPublicAcl } from './s3-bucket-public-acl/index.js';
import { s3BucketTlsOnly } from './s3-bucket-tls-only/index.js';
import { s3BucketVersioning } from './s3-bucket-versioning/index.js';
import { s3BucketVersioningSuspended } from './s3-bucket-versioning-suspended/index.js';
import { s3IgnorePublicAcls } from './s3-ignore-public-acls/index.js';
import { s3RestrictPublicBuckets } from './s3-restrict-public-buckets/index.js';
import { sagemakerNotebookKms } from './sagemaker-notebook-kms/index.js';
import { sgAllPortsOpen } from './sg-all-ports-open/index.js';
import { sgDbPortsOpen } from './sg-db-ports-open/index.js';
import { sgRdpOpen } from './sg-rdp-open/index.js';
import { sgRuleDescription } from './sg-rule-description/index.js';
import { sgSshOpen } from './sg-ssh-open/index.js';
import { snsTopicEncrypted } from './sns-topic-encrypted/index.js';
import { snsTopicPublic } from './sns-topic-public/index.js';
import { sqsQueueEncrypted } from './sqs-queue-encrypted/index.js';
import { sqsQueuePublic } from './sqs-queue-public/index.js';
import { vpcFlowLogs } from './vpc-flow-logs/index.js';

export const TERRAFORM_CHECKS: readonly MisconfigCheck[] = [
  albDeletionProtection,
  albDropInvalidHeaders,
  apiGatewayXray,
  athenaWorkgroupEncrypted,
  azureAksNetworkPolicy,
  azureAksPrivateCluster,
  azureAksRbac,
  azureAppServiceHttp2,
  azureAppServiceHttpsOnly,
  azureAppServiceMinTls,
  azureContainerRegistryAdmin,
  azureFunctionAppFtps,
  azureFunctionAppHttp2,
  azureFunctionClientCerts,
  azureKeyvaultPurgeProtection,
  azureManagedDiskEncryption,
  azureMariadbPublic,
  azureMysqlPublic,
  azureNsgRdpOpen,
  azureNsgSshOpen,
  azurePostgresConnectionThrottling,
  azurePostgresLogCheckpoints,
  azurePostgresLogRetention,
  azurePostgresPublic,
  azurePostgresSsl,
  azureRedisNonSsl,
  azureSearchPublic,
  azureSqlFirewallAll,
  azureSqlPublicNetwork,
  azureStorageHttpsOnly,
  azureStorageMinTls,
  azureStorageNetworkDefaultDeny,
  azureStorageNetworkOpen,
  azureStoragePublicBlob,
  cloudfrontLogging,
  cloudfrontMinTls,
  cloudfrontViewerHttps,
  cloudfrontWaf,
  cloudtrailKms,
  cloudtrailLogValidation,
  cloudtrailMultiRegion,
  cloudwatchLogGroupKms,
  cloudwatchLogRetention,
  daxEncrypted,
  defaultSgRestrictsTraffic,
  dmsPublic,
  docdbEncrypted,
  docdbLogging,
  dynamodbEncryptedCmk,
  dynamodbPitr,
  ebsDefaultEncryption,
  ebsSnapshotEncrypted,
  ebsVolumeEncrypted,
  ec2EbsOptimized,
  ec2Imdsv2,
  ec2Monitoring,
  ec2PublicIp,
  ecrImmutableTags,
  ecrKms,
  ecrScanOnPush,
  efsEncrypted,
  eksLogging,
  eksPublicEndpoint,
  elasticacheAtRest,
  elasticacheInTransit,
  elasticacheRedisBackup,
  elbAccessLogs,
  esEncryptAtRest,
  esEnforceHttps,
  esLogging,
  esNodeToNode,
  gcpArtifactRegistryPublic,
  gcpBucketPublicIam,
  gcpBucketUniformAccess,
  gcpBucketVersioning,
  gcpCloudRunPublic,
  gcpComputeIpForwarding,
  gcpComputeSerialPort,
  gcpComputeShieldedVm,
  gcpDnsDnssec,
  gcpFirewallRdpOpen,
  gcpFirewallSshOpen,
  gcpKmsKeyRingPublic,
  gcpKmsRotation,
  gcpProjectSerialPort,
  gcpPubsubTopicPublic,
  gcpSqlBackups,
  gcpSqlPublicIp,
  gcpSqlSsl,
  gkeLegacyAbac,
  gkeNodeAutoRepair,
  gkePrivateNodes,
  gkeShieldedNodes,
  iamAdminPolicyOnUser,
  iamPasswordMaxAge,
  iamPasswordMinLength,
  iamPasswordNumbers,
  iamPasswordReuse,
  iamPasswordSymbols,
  iamPolicyFullAdmin,
  iamPolicyWildcardAction,
  iamRoleAssumeAnyPrincipal,
  kinesisEncrypted,
  kmsDeletionWindow,
  kmsKeyRotation,
  lambdaEnvSecrets,
  lambdaTracing,
  lambdaUrlAuth,
  lbListenerHttp,
  lbListenerTlsPolicy,
  mqBrokerPublic,
  mskEncryptionInTransit,
  neptuneEncrypted,
  neptuneInstancePublic,
  rdsBackupRetention,
  rdsClusterStorageEncrypted,
  rdsDeletionProtection,
  rdsIamAuth,
  rdsPublic,
  rdsStorageEncrypted,
  redshiftEncrypted,
  redshiftPublic,
  s3BlockPublicAcls,
  s3BlockPublicPolicy,
  s3BucketAclWriteAcp,
  s3BucketEncryption,
  s3BucketLogging,
  s3BucketPolicyPublic,
  s3BucketPublicAccessBlockMissing,
  s3BucketPublicAcl,
  s3BucketTlsOnly,
  s3BucketVersioning,
  s3BucketVersioningSuspended,
  s3IgnorePublicAcls,
  s3RestrictPublicBuckets,
  sagemakerNotebookKms,
  sgAllPortsOpen,
  sgDbPortsOpen,
  sgRdpOpen,
  sgRuleDescription,
  sgSshOpen,
  snsTopicEncrypted,
  snsTopicPublic,
  sqsQueueEncrypted,
  sqsQueuePublic,
  vpcFlowLogs,
];
