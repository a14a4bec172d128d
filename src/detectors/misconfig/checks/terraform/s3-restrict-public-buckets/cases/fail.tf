resource "aws_s3_bucket_public_access_block" "data" {
  bucket = aws_s3_bucket.data.id
  restrict_public_buckets = false  # <- finding
}
# expect-line: 3
