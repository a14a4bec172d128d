resource "aws_db_instance" "orders" {
  engine = "postgres"
  deletion_protection = true
}
