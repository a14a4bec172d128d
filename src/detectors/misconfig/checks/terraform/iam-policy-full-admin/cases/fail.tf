resource "aws_iam_policy" "ops" {
  name   = "ops"
  policy = <<EOF  # <- finding
{
  "Version": "2012-10-17",
  "Statement": [{ "Effect": "Allow", "Action": "*", "Resource": "*" }]
}
EOF
}
# expect-line: 3
