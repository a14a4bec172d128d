resource "azurerm_mysql_server" "this" {
  name     = "mysql"
  sku_name = "GP_Gen5_2"
  public_network_access_enabled = true  # <- finding
}
# expect-line: 4
