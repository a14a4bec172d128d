import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * The 40-character secret half of an AWS access key. It has no prefix, so it is only reported right
 * after a key name that says it is an AWS secret (aws_secret_access_key, awsSecretKey, …).
 * https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html
 */
export const rule: SecretRule = {
  id: "aws-secret-access-key",
  title: "AWS secret access key",
  severity: 'critical',
  keywords: ["aws"],
  regex: /aws[\w.-]{0,20}?(?:secret|private)[\w.-]{0,20}?["\']?\s{0,3}(?:=|:=|:|=>|\s)\s{0,3}["\']?([A-Za-z0-9\/+]{40})(?![A-Za-z0-9\/+=])/i,
  entropy: 4,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
  remediation: "Deactivate the access key pair in IAM and create a new one.",
  examples: {
    positive: [
      "aws_secret_access_key = 2FSJghB6hRLeos47wGJkcU/0XXkHG5qJwv1MkAuY",
      "AWS_SECRET_ACCESS_KEY=\"VbpS0Jso2jKF08mmf1ULmmcW3xvY27DfANuRose6\"",
      "  \"awsSecretKey\": \"8bhBnDzu0nyj2GcLnBC7hRD0apSMyAusrcSLLzQ3\",",
      "aws.secret.key=2FSJghB6hRLeos47wGJkcU/0XXkHG5qJwv1MkAuY",
    ],
    negative: [
      "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      "aws_secret_access_key = 2FSJghB6hRLeos47wGJkcU/0XXkHG5qJwv1MkAu",
      "aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}",
      "secret_access_key = VbpS0Jso2jKF08mmf1ULmmcW3xvY27DfANuRose6",
      "aws_secret_access_key = aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    ],
  },
};
