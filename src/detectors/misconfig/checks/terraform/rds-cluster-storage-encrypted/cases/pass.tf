resource "aws_rds_cluster" "orders" {
  engine = "postgres"
  storage_encrypted = true
}
