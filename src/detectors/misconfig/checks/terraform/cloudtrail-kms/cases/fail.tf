resource "aws_cloudtrail" "this" {
  name           = "org"
  s3_bucket_name = "acme-trail"
  kms_key_id = ""  # <- finding
}
# expect-line: 4
