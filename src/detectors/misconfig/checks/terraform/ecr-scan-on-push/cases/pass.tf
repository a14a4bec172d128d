resource "aws_ecr_repository" "this" {
  name = "web"
  image_scanning_configuration {
    scan_on_push = true
  }
}
