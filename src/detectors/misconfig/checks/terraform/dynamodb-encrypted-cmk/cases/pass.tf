resource "aws_dynamodb_table" "this" {
  name     = "orders"
  hash_key = "id"
  server_side_encryption {
    enabled = true
  }
}
