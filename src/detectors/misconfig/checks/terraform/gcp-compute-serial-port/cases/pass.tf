resource "google_compute_instance" "vm" {
  name         = "vm"
  machine_type = "e2-small"
  metadata = {
    enable-oslogin = "TRUE"
  }
}
