resource "aws_cloudwatch_log_group" "this" {
  name              = "/app/web"
  retention_in_days = 90
  kms_key_id = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
