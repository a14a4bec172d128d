resource "aws_elasticsearch_domain" "this" {
  domain_name = "search"
  log_publishing_options {
    enabled = true
  }
}
