resource "aws_sagemaker_notebook_instance" "this" {
  name          = "research"
  role_arn      = aws_iam_role.sm.arn
  instance_type = "ml.t3.medium"
  kms_key_id = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
