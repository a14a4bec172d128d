resource "google_storage_bucket" "this" {
  name     = "acme-data"
  location = "EU"
  versioning {
    enabled = false  # <- finding
  }
}
# expect-line: 5
