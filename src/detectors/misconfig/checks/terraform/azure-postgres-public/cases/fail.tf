resource "azurerm_postgresql_server" "this" {
  name     = "pg"
  sku_name = "GP_Gen5_2"
  public_network_access_enabled = true  # <- finding
}
# expect-line: 4
