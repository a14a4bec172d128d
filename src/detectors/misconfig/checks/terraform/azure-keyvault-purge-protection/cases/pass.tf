resource "azurerm_key_vault" "this" {
  name     = "acme-kv"
  sku_name = "standard"
  purge_protection_enabled = true
}
