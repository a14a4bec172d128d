resource "aws_iam_account_password_policy" "this" {
  max_password_age = 90
}
