resource "azurerm_storage_account" "data" {
  name                     = "acmedata"
  resource_group_name      = azurerm_resource_group.rg.name
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  network_rules {
    default_action = "Deny"
    ip_rules       = ["0.0.0.0/0"]  # <- finding
  }
}
# expect-line: 9
