resource "google_dns_managed_zone" "public" {
  name     = "acme"
  dns_name = "acme.example."
}
# expect-line: 1
