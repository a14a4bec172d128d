# A read replica inherits encryption from its source instance.
resource "aws_db_instance" "replica" {
  instance_class      = "db.t3.micro"
  replicate_source_db = aws_db_instance.orders.identifier
}
