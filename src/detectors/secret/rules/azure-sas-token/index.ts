import type { SecretRule } from '../../rule.js';
import { PLACEHOLDERS } from '../shared.js';

/**
 * A SAS URL (service version `sv=` then signature `sig=`) grants whoever holds it the listed rights.
 */
export const rule: SecretRule = {
  id: "azure-sas-token",
  title: "Azure shared access signature (SAS) token",
  severity: 'high',
  keywords: ["sig="],
  regex: /[?&;]sv=\d{4}-\d{2}-\d{2}[^\s"\'<>]{0,400}?[?&;]sig=([A-Za-z0-9%+\/]{40,100})/,
  entropy: 4,
  allowlist: [...PLACEHOLDERS],
  docs: "https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview",
  examples: {
    positive: [
      "https://invoices.blob.core.windows.net/pdf?sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2031-01-01T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=vVLWePGNr74klo10Yz2cHvihnAqZLmkyDilJczo4Ueh%3D",
      "BlobSasUrl=https://x.blob.core.windows.net/c?sp=r&sv=2021-06-08&sr=c&sig=RiXDnB9uIXRxKokkJoWttOZQVcNakJSMVNWk24Pd8EG%3D",
    ],
    negative: [
      "https://x.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig=<signature>",
      "https://x.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX%3D",
      "https://example.org/?sig=vVLWePGNr74klo10Yz2cHvihnAqZLmkyDilJczo4Ueh%3D",
    ],
  },
};
