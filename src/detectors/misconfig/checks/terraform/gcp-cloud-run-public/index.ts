import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Granting a role on the service to allUsers or allAuthenticatedUsers opens it to anyone on the internet.
export const gcpCloudRunPublic: MisconfigCheck = {
  id: 'PAL-TF-121',
  slug: 'gcp-cloud-run-public',
  platform: 'terraform',
  title: 'Cloud Run service is publicly invokable',
  severity: 'high',
  description:
    'Granting a role on the service to allUsers or allAuthenticatedUsers opens it to anyone on the internet.',
  remediation: 'Grant roles to specific users, groups or service accounts.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloud_run_service_iam_member',
    'CIS Google Cloud Platform Foundation 1.x (no public IAM)',
  ],
  kics: ['Cloud Run Service Is Public'],
  resourceTypes: [
    'google_cloud_run_service_iam_member',
    'google_cloud_run_service_iam_binding',
    'google_cloud_run_v2_service_iam_member',
    'google_cloud_run_v2_service_iam_binding',
  ],
  evaluate: (r) => h.gcpPublicMembers(r),
};
