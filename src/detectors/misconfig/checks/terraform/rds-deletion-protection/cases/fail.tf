resource "aws_db_instance" "orders" {
  engine = "postgres"
  deletion_protection = false  # <- finding
}
# expect-line: 3
