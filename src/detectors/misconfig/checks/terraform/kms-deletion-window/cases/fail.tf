resource "aws_kms_key" "this" {
  description         = "app data"
  enable_key_rotation = true
  deletion_window_in_days = 7  # <- finding
}
# expect-line: 4
