resource "aws_db_instance" "orders" {
  engine                  = "mysql"
  backup_retention_period = 14
}
