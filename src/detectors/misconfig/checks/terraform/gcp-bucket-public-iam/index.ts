import type { MisconfigCheck } from '../../../check.js';
import * as h from '../helpers.js';

// allUsers/allAuthenticatedUsers make the bucket readable by anyone on the internet.
export const gcpBucketPublicIam: MisconfigCheck = {
  id: 'PAL-TF-106',
  slug: 'gcp-bucket-public-iam',
  platform: 'terraform',
  title: 'GCS bucket IAM grants access to allUsers or allAuthenticatedUsers',
  severity: 'high',
  description: 'allUsers/allAuthenticatedUsers make the bucket readable by anyone on the internet.',
  remediation: 'Grant roles to specific users, groups or service accounts.',
  references: [
    'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket_iam_member',
    'CIS Google Cloud Platform Foundation 5.1',
  ],
  kics: ['Cloud Storage Anonymous or Publicly Accessible', 'Cloud Storage Bucket Is Publicly Accessible'],
  resourceTypes: ['google_storage_bucket_iam_member', 'google_storage_bucket_iam_binding'],
  evaluate: (r) => {
    const m = h.get(r.value, ['member']);
    if (typeof m === 'string' && /^all(Authenticated)?Users$/.test(m))
      return [{ message: `${r.name}: grants ${m}`, at: ['member'] }];
    const ms = h.strings(h.get(r.value, ['members']));
    const i = ms.findIndex((x) => /^all(Authenticated)?Users$/.test(x));
    return i >= 0 ? [{ message: `${r.name}: grants ${ms[i]}`, at: ['members', i] }] : [];
  },
};
