resource "google_compute_instance" "this" {
  name         = "vm"
  machine_type = "e2-small"
  shielded_instance_config {
    enable_secure_boot = false  # <- finding
  }
}
# expect-line: 5
