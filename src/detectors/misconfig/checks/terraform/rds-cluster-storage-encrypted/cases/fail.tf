resource "aws_rds_cluster" "orders" {
  engine = "postgres"
  storage_encrypted = false  # <- finding
}
# expect-line: 3
