resource "aws_dax_cluster" "this" {
  cluster_name = "cache"
  node_type    = "dax.r4.large"
  server_side_encryption {
    enabled = true
  }
}
