resource "aws_eks_cluster" "this" {
  name     = "prod"
  role_arn = aws_iam_role.eks.arn
  vpc_config {
    endpoint_public_access = false
  }
}
