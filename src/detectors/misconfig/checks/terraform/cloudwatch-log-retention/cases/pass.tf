resource "aws_cloudwatch_log_group" "this" {
  name = "/app/web"
  retention_in_days = 365
}
