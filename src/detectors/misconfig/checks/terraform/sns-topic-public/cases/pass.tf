resource "aws_sns_topic_policy" "events" {
  arn       = "arn:aws:sns:eu-west-1:123456789012:events"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "s3.amazonaws.com" }, Action = "sns:Publish", Resource = "*", Condition = { ArnLike = { "aws:SourceArn" = "arn:aws:s3:::acme-uploads" } } }]
  })
}
