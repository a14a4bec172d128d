import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * OCI auth tokens (20 characters) and customer secret keys (44 base64) have no prefix;
 * reported after an OCI/Oracle token or secret key name.
 */
export const rule: SecretRule = {
  id: "oracle-cloud-auth-token",
  title: "Oracle Cloud (OCI) auth token or customer secret key",
  severity: 'high',
  keywords: ["oci", "oracle"],
  regex: /(?:oci|oracle)[\w.-]{0,30}?(?:auth_?token|secret_?key|secret_?access_?key)(?!_?id)[\w.-]{0,10}?["\']?\s{0,3}(?:=|:=|:|=>|\s)\s{0,3}["\']?([A-Za-z0-9+\/=:;.<>()_{}\[\]-]{20,44})(?![A-Za-z0-9+\/=])/i,
  entropy: 3.5,
  allowlist: [...PLACEHOLDERS],
  docs: "https://docs.oracle.com/en-us/iaas/Content/Registry/Tasks/registrygettingauthtoken.htm",
  examples: {
    positive: [
      "OCI_AUTH_TOKEN=\"aTcPfzy6kwE2:XhVe5OR\"",
      "oracle_secret_key = \"0KZyncOCsKZYLojF8n45jfIEdI3yy4Svv/WtT2KgdZU=\"",
      "oci_customer_secret_access_key: kJFT8O0aYLBtulZy7poR1DB4dtMhIoS3FXafMXj8hAZs",
    ],
    negative: [
      "OCI_AUTH_TOKEN=\"${OCI_AUTH_TOKEN}\"",
      "OCI_AUTH_TOKEN=\"<auth-token>\"",
      "oci_secret_key_id = \"tIO410XTI1tBR/BuvXTQ\"",
    ],
  },
};
