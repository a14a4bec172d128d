resource "aws_elasticsearch_domain" "this" {
  domain_name = "search"
  node_to_node_encryption {
    enabled = false  # <- finding
  }
}
# expect-line: 4
