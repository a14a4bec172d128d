resource "azurerm_function_app" "this" {
  name = "acme-fn"
  site_config {
    http2_enabled = true
  }
}
