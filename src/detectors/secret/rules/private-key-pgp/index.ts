import type { SecretRule } from '../../rule.js';

/**
 * ASCII-armored OpenPGP secret keys (RFC 4880 section 6.2).
 */
export const rule: SecretRule = {
  id: "private-key-pgp",
  title: "PGP private key block",
  severity: 'critical',
  keywords: ["begin pgp private key block"],
  regex: /-----BEGIN PGP PRIVATE KEY BLOCK-----[\s\S]{64,40000}?-----END PGP PRIVATE KEY BLOCK-----/,
  allowlist: [/\.\.\.|<[^>]*>|\*{3,}|x{10,}|X{10,}|\bEXAMPLE\b|\$\{/],
  docs: "https://www.rfc-editor.org/rfc/rfc4880#section-6.2",
  examples: {
    positive: [
      "-----BEGIN PGP PRIVATE KEY BLOCK-----\nComment: release signing key\n\nlQdGBFf1v4dO4bUX/ZekO+JT/DEw62HHBEqN/ihNB3JSp7+n5roAzz2h4pQD9qyZ\nHkRuy66iuxCF1ITCCoclea6W1pVaImL88YsQD/P1PuyWp4Sjn+8TlozOjBSzZHgG\nu9EfIycX3eCmrHMD3fb2U/Hz5tAWi/571vF0gIOhITwL/ZOfoEU2SuA4VrAcrihS\nfZTrTnk5KlH3tgqAkMOWApmMSDShqHwKyqLXnWZ/pAXJyh0ay0NPzlUXc9o0OqAI\ndX2plYW5z6oPIvXKsRnK1qm1KAHQbWpEtAY5kSCIe5/mmomQvr95NV/DsUgYxUpg\nUt1RIbLTRMjLQBA7Yp3N06x/C3JKVdD6U426J1ymKEQybvVL82OuDFa5ZihNWCsH\nUQFBt2zSCv+wseeycYqkvEcU4MsA5vqIe+4JjRc3T8W+0teTR2WkvERNXvhx+uiu\neCIDKzZdjwhDEAV/YGyupcBfdLq99knD+dpqMVPKpq9U7NLN+fFx8OeDzqT6iVAN\nROwZvg3iDmg4XRSiZ6RtEEhp4h2ElOIKu/DUVAw8Lp4p5F2o0/eopuqBw/mlHcmP\n2i7RS5lrktrnICYKKcR37bJ31A5ANBqXheMqPhWQdpDtAfd4H2HBlQ6VhjL671kp\n3E+10p5bg0Nvz2fervyj9zJzKVZa0uh20z4UQZBXJJ+gi76kW5ZXMuxoyhIt6Ref\n=ft3U\n-----END PGP PRIVATE KEY BLOCK-----",
    ],
    negative: [
      "-----BEGIN PGP PRIVATE KEY BLOCK-----\n...\n-----END PGP PRIVATE KEY BLOCK-----",
      "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nPivKv2Jrqg9sP0LkP7CScPr9vYSP2gcrl0JnAq8PFVgnAoTOBZ+aqx2H8RbgZzxx\n+yX1CD7sMcCzQnGNuBPmLrbRt1CopqjQ/lKxj04UQX137sjlnsFCi78DWoBmox8y\n2czJjf3dGYRoB44y6H5L4KNUoO2gKIHlNYiUY1hPQBVoAUUt/Wbd1/va/xVqvv+a\n-----END PGP PUBLIC KEY BLOCK-----",
    ],
  },
};
