resource "azurerm_container_registry" "this" {
  name = "acmeacr"
  sku  = "Premium"
  admin_enabled = false
}
