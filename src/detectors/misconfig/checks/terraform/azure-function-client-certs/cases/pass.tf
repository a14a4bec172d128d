resource "azurerm_function_app" "this" {
  name = "acme-fn"
  client_cert_mode = "Required"
}
