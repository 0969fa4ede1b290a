// The universal SHA-256 and HMAC implementation (audited, dependency-free @noble/hashes). The
// Node build of @pledge/core swaps this module for ./node/sha256-impl.ts through the `node`
// export condition; both must give identical results (sha256-impl.node.test.ts checks).
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const encoder = new TextEncoder();
const bytesOf = (data: Uint8Array | string) =>
  typeof data === 'string' ? encoder.encode(data) : data;

/** SHA-256 digest bytes. */
export function sha256Digest(data: Uint8Array | string): Uint8Array {
  return sha256(bytesOf(data));
}

/** SHA-256 as lower-case hex. */
export function sha256DigestHex(data: Uint8Array | string): string {
  return bytesToHex(sha256(bytesOf(data)));
}

/** HMAC-SHA-256 as lower-case hex. */
export function hmacSha256DigestHex(key: Uint8Array, data: Uint8Array | string): string {
  return bytesToHex(hmac(sha256, key, bytesOf(data)));
}

/** HMAC-SHA-256 under a fixed key, with the key schedule computed once. */
export function keyedHmacSha256(key: Uint8Array): (data: Uint8Array | string) => string {
  const base = hmac.create(sha256, key);
  return (data) => bytesToHex(base.clone().update(bytesOf(data)).digest());
}
