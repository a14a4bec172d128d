resource "azurerm_kubernetes_cluster" "this" {
  name       = "prod"
  dns_prefix = "prod"
  role_based_access_control_enabled = false  # <- finding
}
# expect-line: 4
