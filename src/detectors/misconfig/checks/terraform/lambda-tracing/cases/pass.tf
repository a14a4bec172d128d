resource "aws_lambda_function" "this" {
  function_name = "api"
  role          = aws_iam_role.lambda.arn
  tracing_config {
    mode = "Active"
  }
}
