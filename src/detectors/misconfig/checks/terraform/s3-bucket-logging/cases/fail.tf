resource "aws_s3_bucket" "uploads" {  # <- finding
  bucket = "acme-uploads"
}
# expect-line: 1
