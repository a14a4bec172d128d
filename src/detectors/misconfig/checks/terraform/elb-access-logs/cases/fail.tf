resource "aws_elb" "this" {
  name               = "web"
  availability_zones = ["eu-west-1a"]
  access_logs {
    enabled = false  # <- finding
  }
}
# expect-line: 5
