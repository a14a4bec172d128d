resource "google_kms_key_ring_iam_member" "public" {
  role   = "roles/viewer"
  member = "allUsers"  # <- finding
}
# expect-line: 3
