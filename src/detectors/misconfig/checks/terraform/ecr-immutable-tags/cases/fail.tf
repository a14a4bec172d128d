resource "aws_ecr_repository" "this" {
  name = "web"
  image_tag_mutability = "MUTABLE"  # <- finding
}
# expect-line: 3
