resource "aws_vpc" "main" {  # <- finding
  cidr_block = "10.0.0.0/16"
}
# expect-line: 1
