resource "google_sql_database_instance" "this" {
  name             = "main"
  database_version = "POSTGRES_15"
  settings {
    ip_configuration {
      ipv4_enabled = true  # <- finding
    }
  }
}
# expect-line: 6
