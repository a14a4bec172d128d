import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * Service Bus, Event Hubs and IoT Hub connection strings carry a 256-bit key in `SharedAccessKey=`.
 */
export const rule: SecretRule = {
  id: "azure-shared-access-key",
  title: "Azure Service Bus / Event Hubs shared access key",
  severity: 'critical',
  keywords: ["sharedaccesskey"],
  regex: /SharedAccessKey\s{0,2}=\s{0,2}([A-Za-z0-9+\/]{43}=)/i,
  entropy: 4,
  allowlist: [...PLACEHOLDERS],
  docs: "https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas",
  examples: {
    positive: [
      "Endpoint=sb://orders-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=G5KPyyRdyO57Ojp6HQ6iTlY8K/qy0VptOtRY/l31pnG=",
      "\"EventHubConnection\": \"Endpoint=sb://telemetry.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=QwBCH2quXXJy+OxQuJ+22NrE40jz/Byz+W65NO5vb18=\"",
    ],
    negative: [
      "Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=<key>",
      "SharedAccessKey=0acfA0QN6DqJ/qkHchd4=",
      "SharedAccessKey=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX=",
    ],
  },
};
