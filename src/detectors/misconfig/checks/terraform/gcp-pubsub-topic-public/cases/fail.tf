resource "google_pubsub_topic_iam_member" "public" {
  role   = "roles/viewer"
  member = "allUsers"  # <- finding
}
# expect-line: 3
