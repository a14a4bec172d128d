resource "aws_cloudtrail" "this" {
  name           = "org"
  s3_bucket_name = "acme-trail"
  is_multi_region_trail = true
}
