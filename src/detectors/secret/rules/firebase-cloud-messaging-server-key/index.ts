import type { SecretRule } from '../../rule.js';

/**
 * Firebase Cloud Messaging legacy server key. Legacy FCM server keys (`AAAA…:APA91b…`) send pushes to every app user.
 * https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-legacy-protocol-send-requests
 */
export const rule: SecretRule = {
  id: 'firebase-cloud-messaging-server-key',
  title: 'Firebase Cloud Messaging legacy server key',
  severity: 'high',
  keywords: [':apa91b'],
  regex: /(?<![\w-])(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})(?![\w-])/,
  entropy: 4,
  docs: 'https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-legacy-protocol-send-requests',
  remediation:
    'Revoke the credential in Firebase, issue a new one, and load it from a secret store or environment variable instead of the source.',
  examples: {
    positive: [
      'FCM_SERVER_KEY=AAAADJvJyI9:APA91bVJd6I0eUeMAOCpW71tqrkjovWQ-P7vyOVaQziqHgbHL_H4yrzF2w4ZYTvmO3saZgjgsQ7c8Pv3waBJiZMzcxtHiYKkuIE4XEC5qCobOxWsCnFkBQ-aXal-U1yMHf0gUjJUkzOw',
      "'Authorization': 'key=AAAAQJLJxyO:APA91bmREPAUz9fVNx82oULnQdnR6V0WKiaQl24p0aigguPiPAldAdWLoBlbgmymfzx4_-jG7NAZ7_STKQPsFWyg0PcWO1wlmzOGQMWtvwES4LCT4aQFtbwx-n4P_B2ZcvAr0lzvQvrL'",
    ],
    negative: [
      'FCM_SERVER_KEY=AAAA1oHKqOI:APA91bbdyluibDNv9XMIpN6gBbVe5pDaCudB6aFqSSg-zo',
      'AAAA...:APA91b...',
    ],
  },
};
