resource "aws_s3_bucket" "reports" {  # <- finding
  bucket = "acme-reports"
}
# expect-line: 1
