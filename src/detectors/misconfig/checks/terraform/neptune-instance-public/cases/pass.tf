resource "aws_neptune_cluster_instance" "this" {
  cluster_identifier = aws_neptune_cluster.graph.id
  instance_class     = "db.r5.large"
  publicly_accessible = false
}
