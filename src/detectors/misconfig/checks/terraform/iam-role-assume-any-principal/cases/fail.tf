resource "aws_iam_role" "deploy" {
  name = "deploy"
  assume_role_policy = jsonencode({  # <- finding
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "sts:AssumeRole" }]
  })
}
# expect-line: 3
