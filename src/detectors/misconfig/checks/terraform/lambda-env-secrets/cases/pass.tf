resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = aws_iam_role.lambda.arn
  environment {
    variables = {
      DB_PASSWORD_PARAM = "/prod/api/db-password"
      LOG_LEVEL         = "info"
    }
  }
}
