import type { Readable } from 'node:stream';
import { decodeText } from '../../../core/text.js';
import type { ScanResult, SecretScanner } from './scanner.js';

/** Path reported for findings read from standard input. */
export const STDIN_PATH = '<stdin>';

/**
 * Scan a stream (standard input for `palisade scan -`): read it whole, decode UTF-8, scan as one text
 * named `<stdin>`. Whole-text scanning keeps line numbers exact and multi-line keys intact.
 */
export async function scanStream(scanner: SecretScanner, readable: Readable | AsyncIterable<Uint8Array | string>, path = STDIN_PATH): Promise<ScanResult> {
  const chunks: Buffer[] = [];
  for await (const chunk of readable as AsyncIterable<Uint8Array | string>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return scanner.scanText(decodeText(Buffer.concat(chunks)), path);
}
