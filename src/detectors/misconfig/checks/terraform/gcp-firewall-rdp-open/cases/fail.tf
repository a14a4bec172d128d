resource "google_compute_firewall" "admin" {
  name    = "admin"
  network = google_compute_network.vpc.name
  allow {  # <- finding
    protocol = "tcp"
    ports    = ["3389"]
  }
  source_ranges = ["0.0.0.0/0"]
}
# expect-line: 4
