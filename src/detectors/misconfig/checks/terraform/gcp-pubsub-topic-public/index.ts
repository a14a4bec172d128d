import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Granting a role on the topic to allUsers or allAuthenticatedUsers opens it to anyone on the internet.
export const gcpPubsubTopicPublic: MisconfigCheck = {
  id: 'PAL-TF-119',
  slug: 'gcp-pubsub-topic-public',
  platform: 'terraform',
  title: 'Pub/Sub topic is publicly accessible',
  severity: 'high',
  description:
    'Granting a role on the topic to allUsers or allAuthenticatedUsers opens it to anyone on the internet.',
  remediation: 'Grant roles to specific users, groups or service accounts.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/pubsub_topic_iam_member',
    'CIS Google Cloud Platform Foundation 1.x (no public IAM)',
  ],
  kics: ['Ensure that Pub/Sub Topics are not anonymously or publicly accessible'],
  resourceTypes: [
    'google_pubsub_topic_iam_member',
    'google_pubsub_topic_iam_binding',
    'google_pubsub_topic_iam_policy',
  ],
  evaluate: (r) => h.gcpPublicMembers(r),
};
