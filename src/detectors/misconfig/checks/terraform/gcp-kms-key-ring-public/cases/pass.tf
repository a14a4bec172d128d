resource "google_kms_key_ring_iam_member" "team" {
  role   = "roles/viewer"
  member = "group:platform@example.com"
}
