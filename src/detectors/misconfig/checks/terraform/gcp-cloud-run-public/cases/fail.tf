resource "google_cloud_run_service_iam_member" "public" {
  role   = "roles/viewer"
  member = "allUsers"  # <- finding
}
# expect-line: 3
