resource "aws_elasticsearch_domain" "this" {
  domain_name = "search"
  encrypt_at_rest {
    enabled = true
  }
}
