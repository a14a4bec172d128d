resource "aws_security_group_rule" "any" {
  type              = "ingress"
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  ipv6_cidr_blocks  = ["::/0"]  # <- finding
  security_group_id = aws_security_group.web.id
}
# expect-line: 6
