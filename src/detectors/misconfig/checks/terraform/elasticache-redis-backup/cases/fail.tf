resource "aws_elasticache_cluster" "this" {
  cluster_id = "sessions"
  engine     = "redis"
  snapshot_retention_limit = 0  # <- finding
}
# expect-line: 4
