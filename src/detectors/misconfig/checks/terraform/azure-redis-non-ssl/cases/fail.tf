resource "azurerm_redis_cache" "this" {
  name     = "cache"
  capacity = 1
  family   = "C"
  sku_name = "Standard"
  enable_non_ssl_port = true  # <- finding
}
# expect-line: 6
