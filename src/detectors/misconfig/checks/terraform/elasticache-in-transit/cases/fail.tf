resource "aws_elasticache_replication_group" "this" {
  replication_group_id = "sessions"
  description          = "sessions"
  transit_encryption_enabled = false  # <- finding
}
# expect-line: 4
