/**
 * The explicit registry of built-in secret rules, alphabetical by id. rules.test.ts checks that every
 * folder under rules/ is registered exactly once.
 */
import type { SecretRule } from '../rule.js';
import { rule as onePasswordSecretKey } from './1password-secret-key/index.js';
import { rule as onePasswordServiceAccountToken } from './1password-service-account-token/index.js';
import { rule as adyenApiKey } from './adyen-api-key/index.js';
import { rule as ageSecretKey } from './age-secret-key/index.js';
import { rule as airtableApiKey } from './airtable-api-key/index.js';
import { rule as airtablePersonalAccessToken } from './airtable-personal-access-token/index.js';
import { rule as algoliaAdminApiKey } from './algolia-admin-api-key/index.js';
import { rule as alibabaAccessKeyId } from './alibaba-access-key-id/index.js';
import { rule as alibabaSecretKey } from './alibaba-secret-key/index.js';
import { rule as amqpConnectionString } from './amqp-connection-string/index.js';
import { rule as anthropicAdminApiKey } from './anthropic-admin-api-key/index.js';
import { rule as anthropicApiKey } from './anthropic-api-key/index.js';
import { rule as artifactoryApiKey } from './artifactory-api-key/index.js';
import { rule as artifactoryReferenceToken } from './artifactory-reference-token/index.js';
import { rule as asanaPersonalAccessToken } from './asana-personal-access-token/index.js';
import { rule as atlassianApiToken } from './atlassian-api-token/index.js';
import { rule as atlassianContainerToken } from './atlassian-container-token/index.js';
import { rule as atlassianLegacyApiToken } from './atlassian-legacy-api-token/index.js';
import { rule as auth0ClientSecret } from './auth0-client-secret/index.js';
import { rule as authorizationBasicHeader } from './authorization-basic-header/index.js';
import { rule as authorizationBearerToken } from './authorization-bearer-token/index.js';
import { rule as awsAccessKeyId } from './aws-access-key-id/index.js';
import { rule as awsMwsAuthToken } from './aws-mws-auth-token/index.js';
import { rule as awsSecretAccessKey } from './aws-secret-access-key/index.js';
import { rule as awsSessionToken } from './aws-session-token/index.js';
import { rule as azureAdClientSecret } from './azure-ad-client-secret/index.js';
import { rule as azureDevopsPat } from './azure-devops-pat/index.js';
import { rule as azureDevopsPatV2 } from './azure-devops-pat-v2/index.js';
import { rule as azureSasToken } from './azure-sas-token/index.js';
import { rule as azureSharedAccessKey } from './azure-shared-access-key/index.js';
import { rule as azureStorageAccountKey } from './azure-storage-account-key/index.js';
import { rule as azureStorageConnectionString } from './azure-storage-connection-string/index.js';
import { rule as basicAuthUrl } from './basic-auth-url/index.js';
import { rule as beamerApiKey } from './beamer-api-key/index.js';
import { rule as bitbucketAppPassword } from './bitbucket-app-password/index.js';
import { rule as bitbucketClientSecret } from './bitbucket-client-secret/index.js';
import { rule as boxDeveloperToken } from './box-developer-token/index.js';
import { rule as braintreeAccessToken } from './braintree-access-token/index.js';
import { rule as bugsnagApiKey } from './bugsnag-api-key/index.js';
import { rule as buildkiteApiToken } from './buildkite-api-token/index.js';
import { rule as circleciApiToken } from './circleci-api-token/index.js';
import { rule as circleciPersonalApiToken } from './circleci-personal-api-token/index.js';
import { rule as clickhouseCloudApiSecret } from './clickhouse-cloud-api-secret/index.js';
import { rule as cloudflareApiToken } from './cloudflare-api-token/index.js';
import { rule as cloudflareGlobalApiKey } from './cloudflare-global-api-key/index.js';
import { rule as cloudflareOriginCaKey } from './cloudflare-origin-ca-key/index.js';
import { rule as cloudinaryUrl } from './cloudinary-url/index.js';
import { rule as codecovUploadToken } from './codecov-upload-token/index.js';
import { rule as cohereApiKey } from './cohere-api-key/index.js';
import { rule as coinbaseApiSecret } from './coinbase-api-secret/index.js';
import { rule as contentfulDeliveryToken } from './contentful-delivery-token/index.js';
import { rule as contentfulPersonalAccessToken } from './contentful-personal-access-token/index.js';
import { rule as curlBasicAuth } from './curl-basic-auth/index.js';
import { rule as databricksToken } from './databricks-token/index.js';
import { rule as datadogApiKey } from './datadog-api-key/index.js';
import { rule as datadogApplicationKey } from './datadog-application-key/index.js';
import { rule as deepseekApiKey } from './deepseek-api-key/index.js';
import { rule as digitaloceanOauthToken } from './digitalocean-oauth-token/index.js';
import { rule as digitaloceanPat } from './digitalocean-pat/index.js';
import { rule as digitaloceanRefreshToken } from './digitalocean-refresh-token/index.js';
import { rule as discordBotToken } from './discord-bot-token/index.js';
import { rule as discordClientSecret } from './discord-client-secret/index.js';
import { rule as discordWebhookUrl } from './discord-webhook-url/index.js';
import { rule as dockerConfigAuth } from './docker-config-auth/index.js';
import { rule as dockerfileEnvSecret } from './dockerfile-env-secret/index.js';
import { rule as dockerhubOrgAccessToken } from './dockerhub-org-access-token/index.js';
import { rule as dockerhubPat } from './dockerhub-pat/index.js';
import { rule as dopplerToken } from './doppler-token/index.js';
import { rule as dropboxAccessToken } from './dropbox-access-token/index.js';
import { rule as dropboxLongLivedToken } from './dropbox-long-lived-token/index.js';
import { rule as dynatraceApiToken } from './dynatrace-api-token/index.js';
import { rule as easypostApiKey } from './easypost-api-key/index.js';
import { rule as easypostTestApiKey } from './easypost-test-api-key/index.js';
import { rule as elasticApiKey } from './elastic-api-key/index.js';
import { rule as facebookAccessToken } from './facebook-access-token/index.js';
import { rule as facebookAppAccessToken } from './facebook-app-access-token/index.js';
import { rule as facebookAppSecret } from './facebook-app-secret/index.js';
import { rule as fastlyApiToken } from './fastly-api-token/index.js';
import { rule as figmaPersonalAccessToken } from './figma-personal-access-token/index.js';
import { rule as firebaseCloudMessagingServerKey } from './firebase-cloud-messaging-server-key/index.js';
import { rule as flutterwaveSecretKey } from './flutterwave-secret-key/index.js';
import { rule as flutterwaveTestSecretKey } from './flutterwave-test-secret-key/index.js';
import { rule as flyioAccessToken } from './flyio-access-token/index.js';
import { rule as frameioApiToken } from './frameio-api-token/index.js';
import { rule as freshdeskApiKey } from './freshdesk-api-key/index.js';
import { rule as gcpApiKey } from './gcp-api-key/index.js';
import { rule as gcpOauthAccessToken } from './gcp-oauth-access-token/index.js';
import { rule as gcpOauthClientSecret } from './gcp-oauth-client-secret/index.js';
import { rule as gcpOauthRefreshToken } from './gcp-oauth-refresh-token/index.js';
import { rule as gcpServiceAccountFile } from './gcp-service-account-file/index.js';
import { rule as gcpServiceAccountKey } from './gcp-service-account-key/index.js';
import { rule as genericApiKeyAssignment } from './generic-api-key-assignment/index.js';
import { rule as genericPasswordAssignment } from './generic-password-assignment/index.js';
import { rule as genericSecretAssignment } from './generic-secret-assignment/index.js';
import { rule as genericTokenAssignment } from './generic-token-assignment/index.js';
import { rule as githubAppInstallationToken } from './github-app-installation-token/index.js';
import { rule as githubFineGrainedPat } from './github-fine-grained-pat/index.js';
import { rule as githubOauthToken } from './github-oauth-token/index.js';
import { rule as githubPat } from './github-pat/index.js';
import { rule as githubRefreshToken } from './github-refresh-token/index.js';
import { rule as githubUserToServerToken } from './github-user-to-server-token/index.js';
import { rule as gitlabAgentToken } from './gitlab-agent-token/index.js';
import { rule as gitlabCiBuildToken } from './gitlab-ci-build-token/index.js';
import { rule as gitlabDeployToken } from './gitlab-deploy-token/index.js';
import { rule as gitlabFeatureFlagClientToken } from './gitlab-feature-flag-client-token/index.js';
import { rule as gitlabFeedToken } from './gitlab-feed-token/index.js';
import { rule as gitlabIncomingMailToken } from './gitlab-incoming-mail-token/index.js';
import { rule as gitlabOauthAppSecret } from './gitlab-oauth-app-secret/index.js';
import { rule as gitlabPat } from './gitlab-pat/index.js';
import { rule as gitlabPipelineTriggerToken } from './gitlab-pipeline-trigger-token/index.js';
import { rule as gitlabRunnerRegistrationToken } from './gitlab-runner-registration-token/index.js';
import { rule as gitlabRunnerToken } from './gitlab-runner-token/index.js';
import { rule as gitlabScimToken } from './gitlab-scim-token/index.js';
import { rule as grafanaApiKey } from './grafana-api-key/index.js';
import { rule as grafanaCloudApiToken } from './grafana-cloud-api-token/index.js';
import { rule as grafanaServiceAccountToken } from './grafana-service-account-token/index.js';
import { rule as groqApiKey } from './groq-api-key/index.js';
import { rule as herokuApiKey } from './heroku-api-key/index.js';
import { rule as herokuApiKeyV2 } from './heroku-api-key-v2/index.js';
import { rule as honeycombApiKey } from './honeycomb-api-key/index.js';
import { rule as honeycombIngestKey } from './honeycomb-ingest-key/index.js';
import { rule as hubspotApiKey } from './hubspot-api-key/index.js';
import { rule as hubspotPrivateAppToken } from './hubspot-private-app-token/index.js';
import { rule as huggingfaceAccessToken } from './huggingface-access-token/index.js';
import { rule as huggingfaceOrganizationToken } from './huggingface-organization-token/index.js';
import { rule as ibmCloudApiKey } from './ibm-cloud-api-key/index.js';
import { rule as intercomAccessToken } from './intercom-access-token/index.js';
import { rule as intra42ClientSecret } from './intra42-client-secret/index.js';
import { rule as jdbcConnectionString } from './jdbc-connection-string/index.js';
import { rule as jfrogAccessToken } from './jfrog-access-token/index.js';
import { rule as jwt } from './jwt/index.js';
import { rule as krakenApiSecret } from './kraken-api-secret/index.js';
import { rule as kubernetesEnvSecret } from './kubernetes-env-secret/index.js';
import { rule as launchdarklyAccessToken } from './launchdarkly-access-token/index.js';
import { rule as launchdarklySdkKey } from './launchdarkly-sdk-key/index.js';
import { rule as linearApiKey } from './linear-api-key/index.js';
import { rule as linkedinClientSecret } from './linkedin-client-secret/index.js';
import { rule as linodeToken } from './linode-token/index.js';
import { rule as lobApiKey } from './lob-api-key/index.js';
import { rule as mailchimpApiKey } from './mailchimp-api-key/index.js';
import { rule as mailgunApiKey } from './mailgun-api-key/index.js';
import { rule as mailgunWebhookSigningKey } from './mailgun-webhook-signing-key/index.js';
import { rule as mandrillApiKey } from './mandrill-api-key/index.js';
import { rule as mapboxSecretToken } from './mapbox-secret-token/index.js';
import { rule as maxmindLicenseKey } from './maxmind-license-key/index.js';
import { rule as microsoftTeamsWebhookUrl } from './microsoft-teams-webhook-url/index.js';
import { rule as mistralApiKey } from './mistral-api-key/index.js';
import { rule as mongodbConnectionString } from './mongodb-connection-string/index.js';
import { rule as mssqlConnectionString } from './mssql-connection-string/index.js';
import { rule as mysqlConnectionString } from './mysql-connection-string/index.js';
import { rule as neonApiKey } from './neon-api-key/index.js';
import { rule as netlifyAccessToken } from './netlify-access-token/index.js';
import { rule as newRelicBrowserKey } from './new-relic-browser-key/index.js';
import { rule as newRelicInsightsKey } from './new-relic-insights-key/index.js';
import { rule as newRelicLicenseKey } from './new-relic-license-key/index.js';
import { rule as newRelicUserApiKey } from './new-relic-user-api-key/index.js';
import { rule as notionIntegrationToken } from './notion-integration-token/index.js';
import { rule as npmAccessToken } from './npm-access-token/index.js';
import { rule as npmrcAuthToken } from './npmrc-auth-token/index.js';
import { rule as nugetApiKey } from './nuget-api-key/index.js';
import { rule as oktaApiToken } from './okta-api-token/index.js';
import { rule as openaiApiKey } from './openai-api-key/index.js';
import { rule as opsgenieApiKey } from './opsgenie-api-key/index.js';
import { rule as oracleCloudAuthToken } from './oracle-cloud-auth-token/index.js';
import { rule as pagerdutyApiKey } from './pagerduty-api-key/index.js';
import { rule as pagerdutyIntegrationKey } from './pagerduty-integration-key/index.js';
import { rule as paypalClientSecret } from './paypal-client-secret/index.js';
import { rule as perplexityApiKey } from './perplexity-api-key/index.js';
import { rule as pineconeApiKey } from './pinecone-api-key/index.js';
import { rule as plaidAccessToken } from './plaid-access-token/index.js';
import { rule as plaidSecret } from './plaid-secret/index.js';
import { rule as planetscaleOauthToken } from './planetscale-oauth-token/index.js';
import { rule as planetscalePassword } from './planetscale-password/index.js';
import { rule as planetscaleServiceToken } from './planetscale-service-token/index.js';
import { rule as postgresConnectionString } from './postgres-connection-string/index.js';
import { rule as postmanApiKey } from './postman-api-key/index.js';
import { rule as postmarkServerToken } from './postmark-server-token/index.js';
import { rule as prefectApiKey } from './prefect-api-key/index.js';
import { rule as privateKeyDsa } from './private-key-dsa/index.js';
import { rule as privateKeyEc } from './private-key-ec/index.js';
import { rule as privateKeyEncrypted } from './private-key-encrypted/index.js';
import { rule as privateKeyOpenssh } from './private-key-openssh/index.js';
import { rule as privateKeyPgp } from './private-key-pgp/index.js';
import { rule as privateKeyPkcs8 } from './private-key-pkcs8/index.js';
import { rule as privateKeyRsa } from './private-key-rsa/index.js';
import { rule as pulumiAccessToken } from './pulumi-access-token/index.js';
import { rule as puttyPrivateKey } from './putty-private-key/index.js';
import { rule as pypiUploadToken } from './pypi-upload-token/index.js';
import { rule as redisConnectionString } from './redis-connection-string/index.js';
import { rule as replicateApiToken } from './replicate-api-token/index.js';
import { rule as rollbarAccessToken } from './rollbar-access-token/index.js';
import { rule as rubygemsApiKey } from './rubygems-api-key/index.js';
import { rule as scalewayAccessKey } from './scaleway-access-key/index.js';
import { rule as scalewaySecretKey } from './scaleway-secret-key/index.js';
import { rule as segmentPublicApiToken } from './segment-public-api-token/index.js';
import { rule as sendgridApiKey } from './sendgrid-api-key/index.js';
import { rule as sentryDsnSecret } from './sentry-dsn-secret/index.js';
import { rule as sentryOrgAuthToken } from './sentry-org-auth-token/index.js';
import { rule as sentryUserAuthToken } from './sentry-user-auth-token/index.js';
import { rule as shippoLiveApiToken } from './shippo-live-api-token/index.js';
import { rule as shippoTestApiToken } from './shippo-test-api-token/index.js';
import { rule as shopifyAccessToken } from './shopify-access-token/index.js';
import { rule as shopifyCustomAppToken } from './shopify-custom-app-token/index.js';
import { rule as shopifyPrivateAppToken } from './shopify-private-app-token/index.js';
import { rule as shopifySharedSecret } from './shopify-shared-secret/index.js';
import { rule as sidekiqSecret } from './sidekiq-secret/index.js';
import { rule as sidekiqSensitiveUrl } from './sidekiq-sensitive-url/index.js';
import { rule as slackAppToken } from './slack-app-token/index.js';
import { rule as slackBotToken } from './slack-bot-token/index.js';
import { rule as slackConfigAccessToken } from './slack-config-access-token/index.js';
import { rule as slackConfigRefreshToken } from './slack-config-refresh-token/index.js';
import { rule as slackLegacyToken } from './slack-legacy-token/index.js';
import { rule as slackUserToken } from './slack-user-token/index.js';
import { rule as slackWebhookUrl } from './slack-webhook-url/index.js';
import { rule as slackWorkflowWebhookUrl } from './slack-workflow-webhook-url/index.js';
import { rule as snowflakeConnectionString } from './snowflake-connection-string/index.js';
import { rule as snykApiToken } from './snyk-api-token/index.js';
import { rule as sonarcloudToken } from './sonarcloud-token/index.js';
import { rule as sonarqubeToken } from './sonarqube-token/index.js';
import { rule as sourcegraphAccessToken } from './sourcegraph-access-token/index.js';
import { rule as sparkpostApiKey } from './sparkpost-api-key/index.js';
import { rule as splunkHecToken } from './splunk-hec-token/index.js';
import { rule as squareAccessToken } from './square-access-token/index.js';
import { rule as squareOauthSecret } from './square-oauth-secret/index.js';
import { rule as sshpassPassword } from './sshpass-password/index.js';
import { rule as stripeLiveSecretKey } from './stripe-live-secret-key/index.js';
import { rule as stripeTestSecretKey } from './stripe-test-secret-key/index.js';
import { rule as stripeWebhookSecret } from './stripe-webhook-secret/index.js';
import { rule as sumologicAccessId } from './sumologic-access-id/index.js';
import { rule as sumologicAccessKey } from './sumologic-access-key/index.js';
import { rule as supabaseAccessToken } from './supabase-access-token/index.js';
import { rule as supabaseSecretKey } from './supabase-secret-key/index.js';
import { rule as telegramBotToken } from './telegram-bot-token/index.js';
import { rule as terraformCloudToken } from './terraform-cloud-token/index.js';
import { rule as travisCiAccessToken } from './travis-ci-access-token/index.js';
import { rule as twilioApiKey } from './twilio-api-key/index.js';
import { rule as twilioAuthToken } from './twilio-auth-token/index.js';
import { rule as twitchApiToken } from './twitch-api-token/index.js';
import { rule as twitterApiSecret } from './twitter-api-secret/index.js';
import { rule as twitterBearerToken } from './twitter-bearer-token/index.js';
import { rule as typeformPersonalAccessToken } from './typeform-personal-access-token/index.js';
import { rule as vaultBatchToken } from './vault-batch-token/index.js';
import { rule as vaultLegacyToken } from './vault-legacy-token/index.js';
import { rule as vaultServiceToken } from './vault-service-token/index.js';
import { rule as vercelToken } from './vercel-token/index.js';
import { rule as vultrApiKey } from './vultr-api-key/index.js';
import { rule as yandexCloudApiKey } from './yandex-cloud-api-key/index.js';
import { rule as yandexOauthToken } from './yandex-oauth-token/index.js';
import { rule as zendeskApiToken } from './zendesk-api-token/index.js';
import { rule as zoomClientSecret } from './zoom-client-secret/index.js';

export const SECRET_RULES: readonly SecretRule[] = [
  onePasswordSecretKey,
  onePasswordServiceAccountToken,
  adyenApiKey,
  ageSecretKey,
  airtableApiKey,
  airtablePersonalAccessToken,
  algoliaAdminApiKey,
  alibabaAccessKeyId,
  alibabaSecretKey,
  amqpConnectionString,
  anthropicAdminApiKey,
  anthropicApiKey,
  artifactoryApiKey,
  artifactoryReferenceToken,
  asanaPersonalAccessToken,
  atlassianApiToken,
  atlassianContainerToken,
  atlassianLegacyApiToken,
  auth0ClientSecret,
  authorizationBasicHeader,
  authorizationBearerToken,
  awsAccessKeyId,
  awsMwsAuthToken,
  awsSecretAccessKey,
  awsSessionToken,
  azureAdClientSecret,
  azureDevopsPat,
  azureDevopsPatV2,
  azureSasToken,
  azureSharedAccessKey,
  azureStorageAccountKey,
  azureStorageConnectionString,
  basicAuthUrl,
  beamerApiKey,
  bitbucketAppPassword,
  bitbucketClientSecret,
  boxDeveloperToken,
  braintreeAccessToken,
  bugsnagApiKey,
  buildkiteApiToken,
  circleciApiToken,
  circleciPersonalApiToken,
  clickhouseCloudApiSecret,
  cloudflareApiToken,
  cloudflareGlobalApiKey,
  cloudflareOriginCaKey,
  cloudinaryUrl,
  codecovUploadToken,
  cohereApiKey,
  coinbaseApiSecret,
  contentfulDeliveryToken,
  contentfulPersonalAccessToken,
  curlBasicAuth,
  databricksToken,
  datadogApiKey,
  datadogApplicationKey,
  deepseekApiKey,
  digitaloceanOauthToken,
  digitaloceanPat,
  digitaloceanRefreshToken,
  discordBotToken,
  discordClientSecret,
  discordWebhookUrl,
  dockerConfigAuth,
  dockerfileEnvSecret,
  dockerhubOrgAccessToken,
  dockerhubPat,
  dopplerToken,
  dropboxAccessToken,
  dropboxLongLivedToken,
  dynatraceApiToken,
  easypostApiKey,
  easypostTestApiKey,
  elasticApiKey,
  facebookAccessToken,
  facebookAppAccessToken,
  facebookAppSecret,
  fastlyApiToken,
  figmaPersonalAccessToken,
  firebaseCloudMessagingServerKey,
  flutterwaveSecretKey,
  flutterwaveTestSecretKey,
  flyioAccessToken,
  frameioApiToken,
  freshdeskApiKey,
  gcpApiKey,
  gcpOauthAccessToken,
  gcpOauthClientSecret,
  gcpOauthRefreshToken,
  gcpServiceAccountFile,
  gcpServiceAccountKey,
  genericApiKeyAssignment,
  genericPasswordAssignment,
  genericSecretAssignment,
  genericTokenAssignment,
  githubAppInstallationToken,
  githubFineGrainedPat,
  githubOauthToken,
  githubPat,
  githubRefreshToken,
  githubUserToServerToken,
  gitlabAgentToken,
  gitlabCiBuildToken,
  gitlabDeployToken,
  gitlabFeatureFlagClientToken,
  gitlabFeedToken,
  gitlabIncomingMailToken,
  gitlabOauthAppSecret,
  gitlabPat,
  gitlabPipelineTriggerToken,
  gitlabRunnerRegistrationToken,
  gitlabRunnerToken,
  gitlabScimToken,
  grafanaApiKey,
  grafanaCloudApiToken,
  grafanaServiceAccountToken,
  groqApiKey,
  herokuApiKey,
  herokuApiKeyV2,
  honeycombApiKey,
  honeycombIngestKey,
  hubspotApiKey,
  hubspotPrivateAppToken,
  huggingfaceAccessToken,
  huggingfaceOrganizationToken,
  ibmCloudApiKey,
  intercomAccessToken,
  intra42ClientSecret,
  jdbcConnectionString,
  jfrogAccessToken,
  jwt,
  krakenApiSecret,
  kubernetesEnvSecret,
  launchdarklyAccessToken,
  launchdarklySdkKey,
  linearApiKey,
  linkedinClientSecret,
  linodeToken,
  lobApiKey,
  mailchimpApiKey,
  mailgunApiKey,
  mailgunWebhookSigningKey,
  mandrillApiKey,
  mapboxSecretToken,
  maxmindLicenseKey,
  microsoftTeamsWebhookUrl,
  mistralApiKey,
  mongodbConnectionString,
  mssqlConnectionString,
  mysqlConnectionString,
  neonApiKey,
  netlifyAccessToken,
  newRelicBrowserKey,
  newRelicInsightsKey,
  newRelicLicenseKey,
  newRelicUserApiKey,
  notionIntegrationToken,
  npmAccessToken,
  npmrcAuthToken,
  nugetApiKey,
  oktaApiToken,
  openaiApiKey,
  opsgenieApiKey,
  oracleCloudAuthToken,
  pagerdutyApiKey,
  pagerdutyIntegrationKey,
  paypalClientSecret,
  perplexityApiKey,
  pineconeApiKey,
  plaidAccessToken,
  plaidSecret,
  planetscaleOauthToken,
  planetscalePassword,
  planetscaleServiceToken,
  postgresConnectionString,
  postmanApiKey,
  postmarkServerToken,
  prefectApiKey,
  privateKeyDsa,
  privateKeyEc,
  privateKeyEncrypted,
  privateKeyOpenssh,
  privateKeyPgp,
  privateKeyPkcs8,
  privateKeyRsa,
  pulumiAccessToken,
  puttyPrivateKey,
  pypiUploadToken,
  redisConnectionString,
  replicateApiToken,
  rollbarAccessToken,
  rubygemsApiKey,
  scalewayAccessKey,
  scalewaySecretKey,
  segmentPublicApiToken,
  sendgridApiKey,
  sentryDsnSecret,
  sentryOrgAuthToken,
  sentryUserAuthToken,
  shippoLiveApiToken,
  shippoTestApiToken,
  shopifyAccessToken,
  shopifyCustomAppToken,
  shopifyPrivateAppToken,
  shopifySharedSecret,
  sidekiqSecret,
  sidekiqSensitiveUrl,
  slackAppToken,
  slackBotToken,
  slackConfigAccessToken,
  slackConfigRefreshToken,
  slackLegacyToken,
  slackUserToken,
  slackWebhookUrl,
  slackWorkflowWebhookUrl,
  snowflakeConnectionString,
  snykApiToken,
  sonarcloudToken,
  sonarqubeToken,
  sourcegraphAccessToken,
  sparkpostApiKey,
  splunkHecToken,
  squareAccessToken,
  squareOauthSecret,
  sshpassPassword,
  stripeLiveSecretKey,
  stripeTestSecretKey,
  stripeWebhookSecret,
  sumologicAccessId,
  sumologicAccessKey,
  supabaseAccessToken,
  supabaseSecretKey,
  telegramBotToken,
  terraformCloudToken,
  travisCiAccessToken,
  twilioApiKey,
  twilioAuthToken,
  twitchApiToken,
  twitterApiSecret,
  twitterBearerToken,
  typeformPersonalAccessToken,
  vaultBatchToken,
  vaultLegacyToken,
  vaultServiceToken,
  vercelToken,
  vultrApiKey,
  yandexCloudApiKey,
  yandexOauthToken,
  zendeskApiToken,
  zoomClientSecret,
];
