resource "google_storage_bucket" "this" {
  name     = "acme-data"
  location = "EU"
  versioning {
    enabled = true
  }
}
