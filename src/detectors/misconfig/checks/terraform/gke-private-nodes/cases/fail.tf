resource "google_container_cluster" "this" {
  name     = "prod"
  location = "europe-west1"
  private_cluster_config {
    enable_private_nodes = false  # <- finding
  }
}
# expect-line: 5
