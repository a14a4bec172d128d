resource "aws_mq_broker" "this" {
  broker_name = "jobs"
  engine_type = "ActiveMQ"
  publicly_accessible = true  # <- finding
}
# expect-line: 4
