import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { invalidInput } from './validate.js';

const encoder = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  if (typeof text !== 'string')
    invalidInput({ scope: '@pledge/core', field: 'text' }, 'invalid_type', 'expected a string');
  return encoder.encode(text);
}

/** Lower-case hexadecimal of bytes. */
export function toHex(bytes: Uint8Array): string {
  if (!(bytes instanceof Uint8Array))
    invalidInput(
      { scope: '@pledge/core', field: 'bytes' },
      'invalid_type',
      'expected a Uint8Array',
    );
  let out = '';
  for (const byte of bytes) out += HEX[byte];
  return out;
}

/**
 * SHA-256 (FIPS 180-4) of bytes, or of a string's UTF-8 bytes, computed synchronously.
 *
 * Web Crypto's `crypto.subtle.digest` gives identical digests (the tests check this) but only
 * asynchronously, and a hash chain must hash one link after the other: in Node 20 it managed
 * about 20,000 sequential digests a second against about 290,000 for this synchronous,
 * audited, dependency-free implementation (`@noble/hashes`), which runs unchanged in browsers.
 */
export function sha256(data: Uint8Array | string): Uint8Array {
  if (typeof data !== 'string' && !(data instanceof Uint8Array)) {
    invalidInput(
      { scope: '@pledge/core', field: 'data' },
      'invalid_type',
      'expected a Uint8Array or a string',
    );
  }
  return nobleSha256(typeof data === 'string' ? utf8(data) : data);
}

/** SHA-256 as lower-case hexadecimal. */
export function sha256Hex(data: Uint8Array | string): string {
  return toHex(sha256(data));
}
