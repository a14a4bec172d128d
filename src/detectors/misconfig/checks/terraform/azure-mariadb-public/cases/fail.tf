resource "azurerm_mariadb_server" "this" {
  name     = "mariadb"
  sku_name = "GP_Gen5_2"
  public_network_access_enabled = true  # <- finding
}
# expect-line: 4
