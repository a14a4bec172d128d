resource "azurerm_storage_account" "this" {
  name                     = "acmedata"
  resource_group_name      = azurerm_resource_group.rg.name
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  min_tls_version = "TLS1_0"  # <- finding
}
# expect-line: 7
