# Asymmetric keys cannot be rotated automatically, so no finding.
resource "aws_kms_key" "signing" {
  description              = "release signing"
  customer_master_key_spec = "RSA_4096"
  key_usage                = "SIGN_VERIFY"
}
