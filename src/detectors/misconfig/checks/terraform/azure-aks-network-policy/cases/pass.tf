resource "azurerm_kubernetes_cluster" "this" {
  name       = "prod"
  dns_prefix = "prod"
  network_profile {
    network_policy = "azure"
  }
}
