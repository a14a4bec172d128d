resource "aws_cloudfront_distribution" "this" {
  enabled = true
  web_acl_id = ""  # <- finding
}
# expect-line: 3
