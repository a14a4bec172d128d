resource "aws_dynamodb_table" "this" {
  name     = "orders"
  hash_key = "id"
  point_in_time_recovery {
    enabled = true
  }
}
