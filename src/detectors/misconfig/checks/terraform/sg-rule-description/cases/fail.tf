resource "aws_security_group" "app" {
  name        = "app"
  description = "app servers"
  ingress {  # <- finding
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}
# expect-line: 4
