resource "aws_cloudfront_distribution" "this" {
  enabled = true
  logging_config {
    bucket = ""  # <- finding
  }
}
# expect-line: 4
