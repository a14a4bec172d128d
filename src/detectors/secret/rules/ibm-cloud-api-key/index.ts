import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * IBM Cloud IAM API keys are 44 URL-safe characters without a prefix.
 */
export const rule: SecretRule = {
  id: "ibm-cloud-api-key",
  title: "IBM Cloud API key",
  severity: 'critical',
  keywords: ["ibm", "bluemix", "ic_api"],
  regex: /(?:ibm|bluemix|ic_api)[\w.-]{0,30}?(?:key|token|apikey)[\w.-]{0,10}?["\']?\s{0,3}(?:=|:=|:|=>|\s)\s{0,3}["\']?([A-Za-z0-9_-]{44})(?![A-Za-z0-9_-])/i,
  entropy: 4,
  allowlist: [...PLACEHOLDERS],
  docs: "https://cloud.ibm.com/docs/account?topic=account-userapikey",
  examples: {
    positive: [
      "IBMCLOUD_API_KEY=0lojKUr3pLC8dweEWpUOKQ44UI_yXcydsqdoBJ7gmULB",
      "ic_api_key = \"Q-7S1zBfb-sqeOXkWErmRLt43YdNQs4zxihaBivERTtD\"",
      "BLUEMIX_API_KEY: tLqDNdPg7FXPkqfQgpnqduubCRxODOmtRuH_Xb45aL02",
    ],
    negative: [
      "IBMCLOUD_API_KEY=UoebEhaOgsz10AoEMroFiOCmTN_jS7",
      "IBMCLOUD_API_KEY=${IBMCLOUD_API_KEY}",
      "ibm_region_key = \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"",
    ],
  },
};
