resource "google_compute_instance" "this" {
  name         = "vm"
  machine_type = "e2-small"
  can_ip_forward = true  # <- finding
}
# expect-line: 4
