resource "aws_lb_listener" "this" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol = "HTTPS"
}
