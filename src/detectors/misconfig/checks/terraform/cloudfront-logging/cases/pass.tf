resource "aws_cloudfront_distribution" "this" {
  enabled = true
  logging_config {
    bucket = "acme-cf-logs.s3.amazonaws.com"
  }
}
