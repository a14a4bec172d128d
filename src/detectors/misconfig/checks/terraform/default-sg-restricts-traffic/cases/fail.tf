resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id
  ingress {  # <- finding
    protocol    = -1
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }
}
# expect-line: 3
