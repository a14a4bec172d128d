resource "aws_db_instance" "orders" {
  engine                  = "mysql"
  backup_retention_period = 0  # <- finding
}
# expect-line: 3
