resource "google_artifact_registry_repository_iam_member" "public" {
  role   = "roles/viewer"
  member = "allUsers"  # <- finding
}
# expect-line: 3
