resource "aws_docdb_cluster" "this" {
  cluster_identifier = "docs"
  storage_encrypted  = true
  enabled_cloudwatch_logs_exports = []  # <- finding
}
# expect-line: 4
