resource "aws_s3_bucket" "data" {  # <- finding
  bucket = "acme-data"
}
# expect-line: 1
