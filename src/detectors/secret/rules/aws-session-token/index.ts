import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Temporary STS credentials (the session token that goes with an ASIA key id); long base64 text.
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_Credentials.html
 */
export const rule: SecretRule = {
  id: "aws-session-token",
  title: "AWS session token",
  severity: 'high',
  keywords: ["session_token", "sessiontoken", "security-token"],
  regex: /(?:aws_?session_?token|x-amz-security-token)["\']?\s{0,3}(?:=|:=|:|=>|\s)\s{0,3}["\']?([A-Za-z0-9\/+=]{100,2000})(?![A-Za-z0-9\/+=])/i,
  entropy: 4.5,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html",
  examples: {
    positive: [
      "aws_session_token = IQoJb3JpZ2luX2VjEwFVMAqTkNp/vsgvbRysUiB9ozIfz3hlkV797tpnBPJAVA1BmzWimLVDP5GJtRd8oSJ/lNz5r+J/8u/M7AsZ7nrsoTV75Y4sxVe9RWlBaTF6E9CPcgYBy9Lmr4PaWbP3gvY1pIXoQOrgRb5vPG5c6qSYhzYTFQy6k1qJAH4DxD3EoA1zCC/A4cGofFQrGZ7iHyEpp2LNY2PG17+Dum2JnkOGORtaUrvPq09OIvEzwj9qYUCs19aVmP2GuaEsSuFfGuL8Opk+hjn45p/ed75CnrQSkZ5B70co8w7rqhY2yP+PT",
      "export AWS_SESSION_TOKEN=\"IQoJb3JpZ2luX2VjEwFVMAqTkNp/vsgvbRysUiB9ozIfz3hlkV797tpnBPJAVA1BmzWimLVDP5GJtRd8oSJ/lNz5r+J/8u/M7AsZ7nrsoTV75Y4sxVe9RWlBaTF6E9CPcgYBy9Lmr4PaWbP3gvY1pIXoQOrgRb5vPG5c6qSYhzYTFQy6k1qJAH4DxD3EoA1zCC/A4cGo\"",
      "\"awsSessionToken\": \"IQoJb3JpZ2luX2VjEwFVMAqTkNp/vsgvbRysUiB9ozIfz3hlkV797tpnBPJAVA1BmzWimLVDP5GJtRd8oSJ/lNz5r+J/8u/M7AsZ7nrsoTV75Y4sxVe9RWlBaTF6E9CPcgYBy9Lmr4PaWbP3gvY1pIXoQOrgRb5v\"",
      "X-Amz-Security-Token: IQoJb3JpZ2luX2VjEwFVMAqTkNp/vsgvbRysUiB9ozIfz3hlkV797tpnBPJAVA1BmzWimLVDP5GJtRd8oSJ/lNz5r+J/8u/M7AsZ7nrsoTV75Y4sxVe9RWlBaTF6E9CPcgYBy9Lmr4PaWbP3gvY1pIXoQOrgRb5vPG5c6qSYhzYTFQy6k1qJAH4DxD3EoA1zCC/A4cGofFQrGZ7iHyEpp2LNY2PG",
    ],
    negative: [
      "aws_session_token = ${AWS_SESSION_TOKEN}",
      "aws_session_token = IQoJb3JpZ2luX2VjEwFVMAqTkNp/vsgvbRysUiB9ozIfz3hlkV797tpnBPJA",
      "aws_session_token = AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    ],
  },
};
