resource "google_compute_instance" "vm" {
  name         = "vm"
  machine_type = "e2-small"
  metadata = {
    serial-port-enable = true  # <- finding
  }
}
# expect-line: 5
