resource "azurerm_storage_account_network_rules" "this" {
  storage_account_id = azurerm_storage_account.data.id
  default_action = "Allow"  # <- finding
}
# expect-line: 3
