resource "aws_msk_cluster" "this" {
  cluster_name  = "events"
  kafka_version = "3.5.1"
  encryption_info {
    encryption_in_transit {
      client_broker = "TLS"
    }
  }
}
