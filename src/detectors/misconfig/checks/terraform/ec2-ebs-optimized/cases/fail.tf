resource "aws_instance" "this" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "m5.large"
  ebs_optimized = false  # <- finding
}
# expect-line: 4
