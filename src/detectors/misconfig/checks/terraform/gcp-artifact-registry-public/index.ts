import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// Granting a role on the repository to allUsers or allAuthenticatedUsers opens it to anyone on the internet.
export const gcpArtifactRegistryPublic: MisconfigCheck = {
  id: 'PAL-TF-122',
  slug: 'gcp-artifact-registry-public',
  platform: 'terraform',
  title: 'Artifact Registry repository is public',
  severity: 'high',
  description:
    'Granting a role on the repository to allUsers or allAuthenticatedUsers opens it to anyone on the internet.',
  remediation: 'Grant roles to specific users, groups or service accounts.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/artifact_registry_repository_iam_member',
    'CIS Google Cloud Platform Foundation 1.x (no public IAM)',
  ],
  kics: ['Artifact Registry Repo Is Public'],
  resourceTypes: [
    'google_artifact_registry_repository_iam_member',
    'google_artifact_registry_repository_iam_binding',
  ],
  evaluate: (r) => h.gcpPublicMembers(r),
};
