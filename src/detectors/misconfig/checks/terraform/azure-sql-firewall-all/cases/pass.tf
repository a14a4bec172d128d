resource "azurerm_mssql_firewall_rule" "office" {
  name             = "office"
  server_id        = azurerm_mssql_server.sql.id
  start_ip_address = "203.0.113.0"
  end_ip_address   = "203.0.113.255"
}
