resource "google_container_cluster" "this" {
  name     = "prod"
  location = "europe-west1"
  enable_legacy_abac = true  # <- finding
}
# expect-line: 4
