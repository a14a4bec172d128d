resource "azurerm_kubernetes_cluster" "this" {
  name       = "prod"
  dns_prefix = "prod"
  private_cluster_enabled = false  # <- finding
}
# expect-line: 4
