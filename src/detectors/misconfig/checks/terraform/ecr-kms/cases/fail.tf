resource "aws_ecr_repository" "this" {
  name = "web"
  encryption_configuration {
    encryption_type = "AES256"  # <- finding
  }
}
# expect-line: 4
