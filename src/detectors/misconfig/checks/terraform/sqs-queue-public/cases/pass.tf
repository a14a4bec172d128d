resource "aws_sqs_queue_policy" "events" {
  queue_url = "https://sqs.eu-west-1.amazonaws.com/123456789012/events"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "s3.amazonaws.com" }, Action = "sns:Publish", Resource = "*", Condition = { ArnLike = { "aws:SourceArn" = "arn:aws:s3:::acme-uploads" } } }]
  })
}
