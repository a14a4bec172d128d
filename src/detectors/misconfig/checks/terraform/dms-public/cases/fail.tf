resource "aws_dms_replication_instance" "this" {
  replication_instance_id    = "migrate"
  replication_instance_class = "dms.t3.micro"
  publicly_accessible = true  # <- finding
}
# expect-line: 4
