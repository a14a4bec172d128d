resource "aws_lambda_function_url" "this" {
  function_name = aws_lambda_function.api.function_name
  authorization_type = "NONE"  # <- finding
}
# expect-line: 3
