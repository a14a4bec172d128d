resource "aws_docdb_cluster" "this" {
  cluster_identifier = "docs"
  storage_encrypted = false  # <- finding
}
# expect-line: 3
