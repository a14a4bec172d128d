resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = aws_iam_role.lambda.arn
  environment {
    variables = {
      DB_PASSWORD = "s3cr3t-Pa55"  # <- finding
      LOG_LEVEL   = "info"
    }
  }
}
# expect-line: 6
