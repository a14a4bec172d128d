resource "google_kms_crypto_key" "this" {
  name     = "data"
  key_ring = google_kms_key_ring.ring.id
  rotation_period = "31536000s"  # <- finding
}
# expect-line: 4
