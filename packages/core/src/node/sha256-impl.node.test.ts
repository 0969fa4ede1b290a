import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as universal from '../sha256-impl.js';
import * as native from './sha256-impl.js';

describe('the Node build hashes exactly as the universal build', () => {
  it('SHA-256 and HMAC agree on arbitrary bytes and strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ maxLength: 300, unit: 'binary' })),
        fc.uint8Array({ minLength: 16, maxLength: 64 }),
        (data, key) => {
          expect(native.sha256DigestHex(data)).toBe(universal.sha256DigestHex(data));
          expect(native.sha256Digest(data)).toEqual(universal.sha256Digest(data));
          expect(native.hmacSha256DigestHex(key, data)).toBe(
            universal.hmacSha256DigestHex(key, data),
          );
          expect(native.keyedHmacSha256(key)(data)).toBe(universal.hmacSha256DigestHex(key, data));
          expect(universal.keyedHmacSha256(key)(data)).toBe(
            universal.hmacSha256DigestHex(key, data),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
