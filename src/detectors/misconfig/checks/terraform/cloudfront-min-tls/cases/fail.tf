resource "aws_cloudfront_distribution" "this" {
  enabled = true
  viewer_certificate {
    minimum_protocol_version = "TLSv1"  # <- finding
  }
}
# expect-line: 4
