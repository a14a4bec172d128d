# access_logs.enabled defaults to true when the block is present.
resource "aws_elb" "this" {
  name               = "web"
  availability_zones = ["eu-west-1a"]
  access_logs {
    bucket = "acme-elb-logs"
  }
}
