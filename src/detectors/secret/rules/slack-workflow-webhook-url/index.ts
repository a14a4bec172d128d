import type { SecretRule } from '../../rule.js';

/**
 * Slack workflow webhook URL. Workflow Builder webhooks start a workflow with caller-supplied variables; the URL is the only credential.
 * https://slack.com/help/articles/360041352714-Build-a-workflow--Create-a-workflow-that-starts-outside-of-Slack
 */
export const rule: SecretRule = {
  id: 'slack-workflow-webhook-url',
  title: 'Slack workflow webhook URL',
  severity: 'high',
  keywords: ['hooks.slack.com/workflows/', 'hooks.slack.com/triggers/'],
  regex:
    /(https?:\/\/hooks\.slack\.com\/(?:workflows|triggers)\/T[A-Z0-9]{6,12}\/A[A-Z0-9]{6,12}\/\d{12,20}\/[A-Za-z0-9]{20,34})(?![A-Za-z0-9])/,
  entropy: 3,
  docs: 'https://slack.com/help/articles/360041352714-Build-a-workflow--Create-a-workflow-that-starts-outside-of-Slack',
  remediation:
    'Revoke the credential in Slack, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'curl -X POST https://hooks.slack.com/workflows/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 -d @payload.json',
      'trigger: "https://hooks.slack.com/triggers/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"',
    ],
    negative: [
      'https://hooks.slack.com/workflows/TXXXXXXXX/AXXXXXXXX/000000000000000000/xxxxxxxx',
      'https://hooks.slack.com/triggers/T123/A456/789/abc',
    ],
  },
};
