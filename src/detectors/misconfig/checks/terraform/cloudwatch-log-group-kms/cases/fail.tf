resource "aws_cloudwatch_log_group" "this" {
  name              = "/app/web"
  retention_in_days = 90
  kms_key_id = ""  # <- finding
}
# expect-line: 4
