resource "aws_s3_bucket_acl" "data" {
  bucket = aws_s3_bucket.data.id
  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"
      }
      permission = "WRITE_ACP"  # <- finding
    }
    owner {
      id = data.aws_canonical_user_id.current.id
    }
  }
}
# expect-line: 9
