resource "aws_elasticache_replication_group" "this" {
  replication_group_id = "sessions"
  description          = "sessions"
  at_rest_encryption_enabled = false  # <- finding
}
# expect-line: 4
