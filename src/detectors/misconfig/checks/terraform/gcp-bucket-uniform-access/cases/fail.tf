resource "google_storage_bucket" "this" {
  name     = "acme-data"
  location = "EU"
  uniform_bucket_level_access = false  # <- finding
}
# expect-line: 4
