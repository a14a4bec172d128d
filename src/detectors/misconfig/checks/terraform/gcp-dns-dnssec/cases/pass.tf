resource "google_dns_managed_zone" "this" {
  name     = "acme"
  dns_name = "acme.example."
  dnssec_config {
    state = "on"
  }
}
