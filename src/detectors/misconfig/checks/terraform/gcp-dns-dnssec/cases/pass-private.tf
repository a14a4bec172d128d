# Private zones cannot be signed, so DNSSEC does not apply.
resource "google_dns_managed_zone" "internal" {
  name       = "internal"
  dns_name   = "internal.acme.example."
  visibility = "private"
}
