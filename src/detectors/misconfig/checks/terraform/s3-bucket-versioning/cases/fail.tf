resource "aws_s3_bucket" "backups" {
  bucket = "acme-backups"
  versioning {
    enabled = false  # <- finding
  }
}
# expect-line: 4
