resource "aws_sqs_queue" "this" {
  name = "jobs"
  sqs_managed_sse_enabled = false  # <- finding
}
# expect-line: 3
