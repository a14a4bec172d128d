resource "aws_ebs_snapshot_copy" "this" {
  source_snapshot_id = aws_ebs_snapshot.db.id
  source_region      = "eu-west-1"
  encrypted = false  # <- finding
}
# expect-line: 4
