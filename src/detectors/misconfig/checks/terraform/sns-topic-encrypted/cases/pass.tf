resource "aws_sns_topic" "this" {
  name = "alerts"
  kms_master_key_id = "alias/sns-cmk"
}
