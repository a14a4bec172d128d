resource "aws_elasticsearch_domain" "this" {
  domain_name = "search"
  domain_endpoint_options {
    enforce_https = false  # <- finding
  }
}
# expect-line: 4
