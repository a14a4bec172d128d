resource "aws_sagemaker_notebook_instance" "this" {
  name          = "research"
  role_arn      = aws_iam_role.sm.arn
  instance_type = "ml.t3.medium"
  kms_key_id = ""  # <- finding
}
# expect-line: 5
