import type { SecretRule } from '../../rule.js';

/**
 * Atlassian API token. Current Atlassian Cloud API tokens: `ATATT3` + payload + `=` + 8-character checksum.
 * https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/
 */
export const rule: SecretRule = {
  id: 'atlassian-api-token',
  title: 'Atlassian API token',
  severity: 'high',
  keywords: ['atatt3'],
  regex: /(?<![\w-])(ATATT3[A-Za-z0-9_=-]{150,260}=[A-F0-9]{8})(?![\w=-])/,
  entropy: 4,
  docs: 'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/',
  remediation:
    'Revoke the credential in Atlassian, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'JIRA_API_TOKEN=ATATT3xFfGF03Q8dFNt33V0YPl_3QLGdPL92vv_xBKW8_fTo_zJLIXA5kWrHDPcvoBayxTU_RATLvaK1EAx63xDv5uWtfesOopSE6_XIqosfArlXVrU_c-PIYaOezN_clZRBO_jp7HNdLlyCTXuXs9FU3wBzAup5xrjDvobICgPcPPDL5fasFy=543EDA15',
      'confluence_token = "ATATT3xFfGF0GwyvzQfn5AHM3KPym3l3GgRXlYi50f9bxRptsq64Zk3MqaBsNXVGTfWHBWhLdJNhEXfaMJuI0nBzbOncHY0azrCCyAy67vE25mg2f7_5MIefh0vBAwn5jfqGKThj58QFs36ge8ojn12lWZOo7CnxqJ4aLadwOBsvtVS5Q7Q9G9K3mQx4h3Hs=F0E051F7"',
    ],
    negative: [
      'JIRA_API_TOKEN=ATATT3xFfGF0...',
      'ATATT3xFfGF0e3Q8fzzh-sGARB9-hOU5sVJ-_mkLAoyesZVJ9tB0=115B50C1',
    ],
  },
};
