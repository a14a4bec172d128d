resource "aws_efs_file_system" "this" {
  creation_token = "shared"
  encrypted = true
}
