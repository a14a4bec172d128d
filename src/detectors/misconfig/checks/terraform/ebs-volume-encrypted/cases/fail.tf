resource "aws_ebs_volume" "this" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted = false  # <- finding
}
# expect-line: 4
