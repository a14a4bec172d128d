resource "aws_redshift_cluster" "this" {
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
  publicly_accessible = true  # <- finding
}
# expect-line: 4
