resource "aws_neptune_cluster" "this" {
  cluster_identifier = "graph"
  storage_encrypted = true
}
