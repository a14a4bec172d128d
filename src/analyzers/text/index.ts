import type { Analyzer } from '../types.js';

/**
 * Extensions of files that are never text (images, fonts, archives, media, compiled objects). They are
 * binary anyway; excluding them by name saves reading them at all.
 */
const NOT_TEXT =
  /\.(?:png|jpe?g|gif|bmp|ico|icns|webp|avif|tiff?|psd|heic|woff2?|ttf|otf|eot|zip|jar|war|ear|aar|apk|ipa|gz|tgz|bz2|xz|zst|7z|rar|tar|lz4|br|whl|egg|nupkg|gem|deb|rpm|dmg|iso|img|exe|dll|so|dylib|a|o|obj|lib|class|pyc|pyo|wasm|bin|dat|db|sqlite3?|mp3|mp4|m4a|wav|ogg|flac|avi|mov|mkv|webm|pdf|docx?|xlsx?|pptx?|odt|ods)$/i;

/**
 * Hands every text file to the secret detector as one `text` doc. Binary files (NUL byte in the first
 * 8 KiB) are skipped quietly: secrets in binaries are out of scope for this analyzer.
 */
export const text: Analyzer = {
  id: 'text',
  scanners: ['secret'],
  version: 1,
  claims: { patterns: [/(?:)/], exclude: [NOT_TEXT], quietBinary: true },
  analyze: ({ path, text: read }) => ({ docs: [{ kind: 'text', path, content: read() }] }),
};
