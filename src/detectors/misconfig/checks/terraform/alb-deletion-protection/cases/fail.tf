resource "aws_lb" "this" {
  name               = "web"
  load_balancer_type = "application"
  enable_deletion_protection = false  # <- finding
}
# expect-line: 4
