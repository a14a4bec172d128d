resource "aws_db_instance" "orders" {
  engine = "postgres"
  iam_database_authentication_enabled = false  # <- finding
}
# expect-line: 3
