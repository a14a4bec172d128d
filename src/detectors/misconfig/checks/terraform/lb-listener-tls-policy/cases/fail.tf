resource "aws_lb_listener" "this" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy = "ELBSecurityPolicy-2016-08"  # <- finding
}
# expect-line: 5
