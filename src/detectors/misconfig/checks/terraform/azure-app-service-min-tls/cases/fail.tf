resource "azurerm_app_service" "this" {
  name = "acme-web"
  site_config {
    min_tls_version = "1.0"  # <- finding
  }
}
# expect-line: 4
