resource "azurerm_app_service" "this" {
  name = "acme-web"
  https_only = false  # <- finding
}
# expect-line: 3
