resource "aws_cloudfront_distribution" "this" {
  enabled = true
  web_acl_id = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/abcd"
}
