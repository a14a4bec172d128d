resource "aws_kinesis_stream" "this" {
  name        = "events"
  shard_count = 1
  encryption_type = "KMS"
}
