resource "aws_sns_topic_policy" "events" {
  arn       = "arn:aws:sns:eu-west-1:123456789012:events"
  policy = jsonencode({  # <- finding
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "*", Resource = "*" }]
  })
}
# expect-line: 3
