resource "google_container_cluster" "this" {
  name     = "prod"
  location = "europe-west1"
  enable_shielded_nodes = true
}
