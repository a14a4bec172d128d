resource "aws_kms_key" "this" {
  description = "app data"
  enable_key_rotation = true
}
