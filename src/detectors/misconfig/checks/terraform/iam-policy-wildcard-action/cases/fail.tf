resource "aws_iam_role_policy" "app" {
  role = aws_iam_role.app.id
  policy = jsonencode({  # <- finding
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:*"], Resource = ["arn:aws:s3:::acme-app/*"] }]
  })
}
# expect-line: 3
