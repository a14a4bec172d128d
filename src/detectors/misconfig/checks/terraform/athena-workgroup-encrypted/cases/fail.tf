resource "aws_athena_workgroup" "this" {
  name = "analysts"
  configuration {
    result_configuration {
      encryption_configuration {
        encryption_option = ""  # <- finding
      }
    }
  }
}
# expect-line: 6
