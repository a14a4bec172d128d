resource "aws_security_group" "admin" {
  name   = "admin"
  vpc_id = aws_vpc.main.id
  ingress {
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]  # <- finding
  }
}
# expect-line: 8
