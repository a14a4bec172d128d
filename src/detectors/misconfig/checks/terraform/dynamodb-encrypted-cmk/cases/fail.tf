resource "aws_dynamodb_table" "this" {
  name     = "orders"
  hash_key = "id"
  server_side_encryption {
    enabled = false  # <- finding
  }
}
# expect-line: 5
