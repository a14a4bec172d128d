# Reports bucket; its public access block lives in access.tf.
resource "aws_s3_bucket" "reports" {
  bucket = var.bucket_name
  tags   = local.tags
}

resource "aws_security_group" "bastion" {
  name = "bastion-${var.bucket_name}"
  ingress {
    from_port   = local.ssh_port
    to_port     = local.ssh_port
    protocol    = "tcp"
    cidr_blocks = [var.open_cidr]
  }
}

resource "aws_iam_policy" "read" {
  name   = "read"
  policy = data.aws_iam_policy_document.read.json
}

data "aws_iam_policy_document" "read" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.reports.arn}/*"]
  }
}
