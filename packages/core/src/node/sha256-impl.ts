// Node's native SHA-256 (OpenSSL), about twice as fast as the universal implementation on the
// short messages hash chains hash. Only the `node` build of @pledge/core uses this module.
import { createHash, createHmac } from 'node:crypto';

/** SHA-256 digest bytes. */
export function sha256Digest(data: Uint8Array | string): Uint8Array {
  return new Uint8Array(createHash('sha256').update(data).digest());
}

/** SHA-256 as lower-case hex. */
export function sha256DigestHex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** HMAC-SHA-256 as lower-case hex. */
export function hmacSha256DigestHex(key: Uint8Array, data: Uint8Array | string): string {
  return createHmac('sha256', key).update(data).digest('hex');
}
