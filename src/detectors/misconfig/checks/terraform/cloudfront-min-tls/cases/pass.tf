resource "aws_cloudfront_distribution" "this" {
  enabled = true
  viewer_certificate {
    minimum_protocol_version = "TLSv1.2_2021"
  }
}
