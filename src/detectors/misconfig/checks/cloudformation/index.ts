/**
 * The cloudformation checks: one folder per check (checks/cloudformation/<slug>/index.ts + cases/fail.* + cases/pass.*),
 * listed here exactly once, in id order. checks/registry.test.ts enforces ids, slugs and fixtures.
 */
import type { MisconfigCheck } from '../../check.js';
import { albAccessLogs } from './alb-access-logs/index.js';
import { apigwDeploymentAccessLogging } from './apigw-deployment-access-logging/index.js';
import { apigwMethodNoAuthorization } from './apigw-method-no-authorization/index.js';
import { apigwStageAccessLogging } from './apigw-stage-access-logging/index.js';
import { batchPrivilegedContainer } from './batch-privileged-container/index.js';
import { cloudfrontMinTls } from './cloudfront-min-tls/index.js';
import { cloudfrontOriginHttps } from './cloudfront-origin-https/index.js';
import { cloudfrontViewerHttps } from './cloudfront-viewer-https/index.js';
import { cloudfrontWaf } from './cloudfront-waf/index.js';
import { cloudtrailCloudwatchLogs } from './cloudtrail-cloudwatch-logs/index.js';
import { cloudtrailKmsEncryption } from './cloudtrail-kms-encryption/index.js';
import { cloudtrailLogFileValidation } from './cloudtrail-log-file-validation/index.js';
import { cloudtrailLoggingEnabled } from './cloudtrail-logging-enabled/index.js';
import { cloudtrailMultiRegion } from './cloudtrail-multi-region/index.js';
import { docdbAuditLogs } from './docdb-audit-logs/index.js';
import { dynamodbEncryptionCmk } from './dynamodb-encryption-cmk/index.js';
import { dynamodbPointInTimeRecovery } from './dynamodb-point-in-time-recovery/index.js';
import { ebsVolumeEncrypted } from './ebs-volume-encrypted/index.js';
import { ec2Imdsv2 } from './ec2-imdsv2/index.js';
import { ec2InstancePublicIp } from './ec2-instance-public-ip/index.js';
import { ecrImmutableTags } from './ecr-immutable-tags/index.js';
import { ecrScanOnPush } from './ecr-scan-on-push/index.js';
import { ecsEfsTransitEncryption } from './ecs-efs-transit-encryption/index.js';
import { efsEncrypted } from './efs-encrypted/index.js';
import { eksControlPlaneLogging } from './eks-control-plane-logging/index.js';
import { eksNodegroupRemoteAccess } from './eks-nodegroup-remote-access/index.js';
import { eksPublicEndpoint } from './eks-public-endpoint/index.js';
import { eksSecretsEncryption } from './eks-secrets-encryption/index.js';
import { elasticacheAtRestEncryption } from './elasticache-at-rest-encryption/index.js';
import { elasticacheInTransitEncryption } from './elasticache-in-transit-encryption/index.js';
import { elbHttpListener } from './elb-http-listener/index.js';
import { elbOutdatedSslPolicy } from './elb-outdated-ssl-policy/index.js';
import { elbWeakCiphers } from './elb-weak-ciphers/index.js';
import { iamGroupInlinePolicies } from './iam-group-inline-policies/index.js';
import { iamLoginProfilePlaintextPassword } from './iam-login-profile-plaintext-password/index.js';
import { iamPolicyAttachedToUser } from './iam-policy-attached-to-user/index.js';
import { iamPolicyFullAdmin } from './iam-policy-full-admin/index.js';
import { iamPolicyServiceWildcard } from './iam-policy-service-wildcard/index.js';
import { iamRoleAssumeAnyPrincipal } from './iam-role-assume-any-principal/index.js';
import { iamUserAttachedPolicies } from './iam-user-attached-policies/index.js';
import { kinesisStreamEncrypted } from './kinesis-stream-encrypted/index.js';
import { kmsKeyDisabled } from './kms-key-disabled/index.js';
import { kmsKeyRotation } from './kms-key-rotation/index.js';
import { kmsKeyWildcardPrincipal } from './kms-key-wildcard-principal/index.js';
import { lambdaEnvSecrets } from './lambda-env-secrets/index.js';
import { lambdaPermissionPublic } from './lambda-permission-public/index.js';
import { lambdaTracing } from './lambda-tracing/index.js';
import { lambdaUrlAuthNone } from './lambda-url-auth-none/index.js';
import { mqBrokerLogging } from './mq-broker-logging/index.js';
import { mqBrokerPublic } from './mq-broker-public/index.js';
import { mskBrokerLogging } from './msk-broker-logging/index.js';
import { mskEncryptionInTransit } from './msk-encryption-in-transit/index.js';
import { opensearchEncryptionAtRest } from './opensearch-encryption-at-rest/index.js';
import { opensearchEnforceHttps } from './opensearch-enforce-https/index.js';
import { opensearchKmsKey } from './opensearch-kms-key/index.js';
import { opensearchNodeToNodeEncryption } from './opensearch-node-to-node-encryption/index.js';
import { parameterSecretDefault } from './parameter-secret-default/index.js';
import { parameterSecretNoecho } from './parameter-secret-noecho/index.js';
import { plaintextPassword } from './plaintext-password/index.js';
import { rdsBackupRetention } from './rds-backup-retention/index.js';
import { rdsDeletionProtection } from './rds-deletion-protection/index.js';
import { rdsIamAuth } from './rds-iam-auth/index.js';
import { rdsMultiAz } from './rds-multi-az/index.js';
import { rdsPublic } from './rds-public/index.js';
import { rdsStorageEncrypted } from './rds-storage-encrypted/index.js';
import { redshiftAuditLogging } from './redshift-audit-logging/index.js';
import { redshiftEncrypted } from './redshift-encrypted/index.js';
import { redshiftPublic } from './redshift-public/index.js';
import { s3AccessLogging } from './s3-access-logging/index.js';
import { s3AuthenticatedReadAcl } from './s3-authenticated-read-acl/index.js';
import { s3BlockPublicAcls } from './s3-block-public-acls/index.js';
import { s3BucketPolicyPublicWrite } from './s3-bucket-policy-public-write/index.js';
import { s3Encryption } from './s3-encryption/index.js';
import { s3PublicAcl } from './s3-public-acl/index.js';
import { s3PublicReadAcl } from './s3-public-read-acl/index.js';
import { s3RestrictPublicBuckets } from './s3-restrict-public-buckets/index.js';
import { s3TlsOnlyPolicy } from './s3-tls-only-policy/index.js';
import { s3Versioning } from './s3-versioning/index.js';
import { samApiTracing } from './sam-api-tracing/index.js';
import { secretsmanagerKmsKey } from './secretsmanager-kms-key/index.js';
import { sgEgressAllProtocols } from './sg-egress-all-protocols/index.js';
import { sgOpenAllPorts } from './sg-open-all-ports/index.js';
import { sgOpenDatabasePorts } from './sg-open-database-ports/index.js';
import { sgOpenIngress } from './sg-open-ingress/index.js';
import { sgOpenRdp } from './sg-open-rdp/index.js';
import { sgOpenSensitivePorts } from './sg-open-sensitive-ports/index.js';
import { sgOpenSsh } from './sg-open-ssh/index.js';
import { snsEncrypted } from './sns-encrypted/index.js';
import { snsTopicPolicyPublic } from './sns-topic-policy-public/index.js';
import { sqsEncrypted } from './sqs-encrypted/index.js';
import { sqsQueuePolicyPublic } from './sqs-queue-policy-public/index.js';
import { subnetPublicIpOnLaunch } from './subnet-public-ip-on-launch/index.js';

export const CLOUDFORMATION_CHECKS: readonly MisconfigCheck[] = [
  s3BlockPublicAcls,
  s3RestrictPublicBuckets,
  s3PublicAcl,
  s3AuthenticatedReadAcl,
  s3Encryption,
  s3Versioning,
  s3AccessLogging,
  s3PublicReadAcl,
  s3TlsOnlyPolicy,
  sgOpenSsh,
  sgOpenRdp,
  sgOpenDatabasePorts,
  sgOpenAllPorts,
  sgOpenSensitivePorts,
  sgOpenIngress,
  sgEgressAllProtocols,
  rdsPublic,
  rdsStorageEncrypted,
  rdsBackupRetention,
  rdsDeletionProtection,
  rdsMultiAz,
  rdsIamAuth,
  efsEncrypted,
  sqsEncrypted,
  snsEncrypted,
  ebsVolumeEncrypted,
  dynamodbEncryptionCmk,
  dynamodbPointInTimeRecovery,
  elasticacheAtRestEncryption,
  elasticacheInTransitEncryption,
  redshiftEncrypted,
  redshiftPublic,
  kinesisStreamEncrypted,
  iamPolicyFullAdmin,
  iamPolicyServiceWildcard,
  iamRoleAssumeAnyPrincipal,
  iamUserAttachedPolicies,
  iamPolicyAttachedToUser,
  iamGroupInlinePolicies,
  iamLoginProfilePlaintextPassword,
  kmsKeyRotation,
  kmsKeyWildcardPrincipal,
  kmsKeyDisabled,
  cloudtrailMultiRegion,
  cloudtrailLogFileValidation,
  cloudtrailKmsEncryption,
  cloudtrailLoggingEnabled,
  cloudtrailCloudwatchLogs,
  lambdaPermissionPublic,
  lambdaEnvSecrets,
  lambdaTracing,
  lambdaUrlAuthNone,
  elbHttpListener,
  elbOutdatedSslPolicy,
  albAccessLogs,
  cloudfrontViewerHttps,
  cloudfrontMinTls,
  cloudfrontWaf,
  elbWeakCiphers,
  cloudfrontOriginHttps,
  plaintextPassword,
  parameterSecretNoecho,
  parameterSecretDefault,
  subnetPublicIpOnLaunch,
  ec2InstancePublicIp,
  ec2Imdsv2,
  ecrScanOnPush,
  ecrImmutableTags,
  eksPublicEndpoint,
  eksSecretsEncryption,
  eksControlPlaneLogging,
  eksNodegroupRemoteAccess,
  opensearchEncryptionAtRest,
  opensearchKmsKey,
  opensearchNodeToNodeEncryption,
  opensearchEnforceHttps,
  apigwMethodNoAuthorization,
  apigwStageAccessLogging,
  apigwDeploymentAccessLogging,
  samApiTracing,
  s3BucketPolicyPublicWrite,
  snsTopicPolicyPublic,
  sqsQueuePolicyPublic,
  mqBrokerPublic,
  mskEncryptionInTransit,
  mskBrokerLogging,
  mqBrokerLogging,
  redshiftAuditLogging,
  secretsmanagerKmsKey,
  docdbAuditLogs,
  batchPrivilegedContainer,
  ecsEfsTransitEncryption,
];
