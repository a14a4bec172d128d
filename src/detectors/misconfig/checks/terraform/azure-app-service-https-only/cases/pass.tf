resource "azurerm_app_service" "this" {
  name = "acme-web"
  https_only = true
}
