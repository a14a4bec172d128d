resource "azurerm_function_app" "this" {
  name = "acme-fn"
  site_config {
    ftps_state = "Disabled"
  }
}
