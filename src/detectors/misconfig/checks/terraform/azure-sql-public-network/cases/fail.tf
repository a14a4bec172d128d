resource "azurerm_mssql_server" "this" {
  name    = "acme-sql"
  version = "12.0"
  public_network_access_enabled = true  # <- finding
}
# expect-line: 4
