resource "google_pubsub_topic_iam_member" "team" {
  role   = "roles/viewer"
  member = "group:platform@example.com"
}
