resource "google_container_node_pool" "this" {
  name    = "default"
  cluster = google_container_cluster.prod.id
  management {
    auto_repair = false  # <- finding
  }
}
# expect-line: 5
