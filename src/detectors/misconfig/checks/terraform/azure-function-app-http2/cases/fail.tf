resource "azurerm_function_app" "this" {
  name = "acme-fn"
  site_config {
    http2_enabled = false  # <- finding
  }
}
# expect-line: 4
