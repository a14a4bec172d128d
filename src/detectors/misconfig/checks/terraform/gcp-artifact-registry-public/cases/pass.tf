resource "google_artifact_registry_repository_iam_member" "team" {
  role   = "roles/viewer"
  member = "group:platform@example.com"
}
