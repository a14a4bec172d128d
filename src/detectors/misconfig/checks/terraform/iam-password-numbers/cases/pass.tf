resource "aws_iam_account_password_policy" "this" {
  require_numbers = true
}
