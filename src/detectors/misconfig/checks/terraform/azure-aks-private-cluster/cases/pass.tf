resource "azurerm_kubernetes_cluster" "this" {
  name       = "prod"
  dns_prefix = "prod"
  private_cluster_enabled = true
}
