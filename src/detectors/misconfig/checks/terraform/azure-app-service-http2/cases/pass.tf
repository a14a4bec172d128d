resource "azurerm_app_service" "this" {
  name = "acme-web"
  site_config {
    http2_enabled = true
  }
}
