resource "azurerm_storage_account" "this" {
  name                     = "acmedata"
  resource_group_name      = azurerm_resource_group.rg.name
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  enable_https_traffic_only = true
}
