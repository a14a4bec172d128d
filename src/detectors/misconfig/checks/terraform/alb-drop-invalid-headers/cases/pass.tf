resource "aws_lb" "this" {
  name               = "web"
  load_balancer_type = "application"
  drop_invalid_header_fields = true
}
