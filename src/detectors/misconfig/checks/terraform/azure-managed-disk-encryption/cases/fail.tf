resource "azurerm_managed_disk" "this" {
  name                 = "data"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 64
  encryption_settings {
    enabled = false  # <- finding
  }
}
# expect-line: 7
