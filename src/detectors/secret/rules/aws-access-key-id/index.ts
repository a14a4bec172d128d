import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * AWS access key ids: a 4-letter prefix naming the key type (AKIA long-term IAM user key, ASIA temporary
 * STS key, ABIA STS service bearer token, ACCA context-specific) followed by 16 base32 characters.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids
 */
export const rule: SecretRule = {
  id: "aws-access-key-id",
  title: "AWS access key ID",
  severity: 'critical',
  keywords: ["akia", "asia", "abia", "acca"],
  regex: /(?<![A-Za-z0-9\/+_-])((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9\/+=])/,
  entropy: 3,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
  remediation: "Deactivate the key in IAM, rotate it, and review CloudTrail for its use.",
  examples: {
    positive: [
      "aws_access_key_id = AKIAVQJXXVBOTHD2WTFL",
      "export AWS_ACCESS_KEY_ID=\"ASIAHBMUAPTT2ZN5X2PD\"",
      "  accessKeyId: \"ABIAQXRYONJ3DYBVZXG2\",",
      "credentials: { id: \"ACCA4VDHLDSUNAVBPPXX\" }",
    ],
    negative: [
      "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
      "aws_access_key_id = AKIAXXXXXXXXXXXXXXXX",
      "id = AKIAVQJXXVBOTHD2WTF",
      "id = akiavqjxxvbothd2wtfl",
      "hash = 9fAKIAVQJXXVBOTHD2WTFL0a",
    ],
  },
};
