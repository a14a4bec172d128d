resource "azurerm_postgresql_configuration" "log_retention" {
  name                = "log_retention"
  resource_group_name = azurerm_resource_group.rg.name
  server_name         = azurerm_postgresql_server.pg.name
  value               = "on"
}
