resource "aws_cloudtrail" "this" {
  name           = "org"
  s3_bucket_name = "acme-trail"
  kms_key_id = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
