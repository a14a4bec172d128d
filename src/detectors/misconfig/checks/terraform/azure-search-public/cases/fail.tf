resource "azurerm_search_service" "this" {
  name = "acme-search"
  sku  = "standard"
  public_network_access_enabled = true  # <- finding
}
# expect-line: 4
