resource "aws_db_instance" "orders" {
  engine = "postgres"
  storage_encrypted = true
}
