resource "google_cloud_run_service_iam_member" "team" {
  role   = "roles/viewer"
  member = "group:platform@example.com"
}
