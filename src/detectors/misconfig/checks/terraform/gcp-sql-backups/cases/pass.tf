resource "google_sql_database_instance" "this" {
  name             = "main"
  database_version = "POSTGRES_15"
  settings {
    backup_configuration {
      enabled = true
    }
  }
}
