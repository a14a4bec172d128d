resource "azurerm_postgresql_server" "this" {
  name     = "pg"
  sku_name = "GP_Gen5_2"
  ssl_enforcement_enabled = true
}
