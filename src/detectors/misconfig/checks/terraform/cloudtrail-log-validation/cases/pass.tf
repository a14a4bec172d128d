resource "aws_cloudtrail" "this" {
  name           = "org"
  s3_bucket_name = "acme-trail"
  enable_log_file_validation = true
}
