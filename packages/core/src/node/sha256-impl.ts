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

/**
 * HMAC-SHA-256 under a fixed key (RFC 2104: H((K ^ opad) || H((K ^ ipad) || m))), with the
 * padded-key hash states computed once and copied per message.
 */
export function keyedHmacSha256(key: Uint8Array): (data: Uint8Array | string) => string {
  const block = new Uint8Array(64);
  block.set(key.length > 64 ? new Uint8Array(createHash('sha256').update(key).digest()) : key);
  const inner = createHash('sha256').update(block.map((byte) => byte ^ 0x36));
  const outer = createHash('sha256').update(block.map((byte) => byte ^ 0x5c));
  return (data) => outer.copy().update(inner.copy().update(data).digest()).digest('hex');
}
