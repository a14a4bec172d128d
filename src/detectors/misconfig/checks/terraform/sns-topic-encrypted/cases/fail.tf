resource "aws_sns_topic" "this" {
  name = "alerts"
  kms_master_key_id = ""  # <- finding
}
# expect-line: 3
