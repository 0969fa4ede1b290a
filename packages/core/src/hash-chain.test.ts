import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';
import {
  appendLink,
  type ChainEntry,
  EMPTY_CHAIN_HEAD,
  GENESIS_HASH,
  linkHashOfCanonical,
  verifyChain,
} from './hash-chain.js';
import { fromBase64, hmacSha256Hex, sha256Hex, toBase64, toHex, utf8 } from './sha256.js';
import { ValidationError } from './validation-error.js';

function buildChain(bodies: unknown[]): ChainEntry[] {
  const entries: ChainEntry[] = [];
  let head = EMPTY_CHAIN_HEAD;
  for (const body of bodies) {
    const link = appendLink(head, body);
    entries.push({ ...link, body });
    head = link;
  }
  return entries;
}

const bodies = Array.from({ length: 6 }, (_, i) => ({
  subject: `s-${i}`,
  purposes: { analytics: i % 2 ? 'granted' : 'withdrawn' },
}));

describe('sha256', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('HMAC-SHA-256 matches RFC 4231 test case 2 and agrees with Web Crypto', async () => {
    const key = utf8('Jefe');
    const padded = new Uint8Array(32);
    padded.set(key);
    // RFC 4231 case 2 uses a 4-byte key; Pledge requires 16+ bytes, so check the RFC vector on the
    // Web Crypto side and our result on a zero-padded key (HMAC pads short keys with zeros).
    const data = utf8('what do ya want for nothing?');
    expect(hmacSha256Hex(padded, data)).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
    const webKey = await crypto.subtle.importKey(
      'raw',
      padded,
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    expect(toHex(new Uint8Array(await crypto.subtle.sign('HMAC', webKey, data)))).toBe(
      hmacSha256Hex(padded, data),
    );
  });

  it('base64 round-trips', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect(fromBase64(toBase64(bytes))).toEqual(bytes);
      }),
    );
  });

  it('agrees with Web Crypto on arbitrary input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) => {
        const web = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
        expect(sha256Hex(bytes)).toBe(toHex(web));
      }),
      { numRuns: 300 },
    );
  });
});

describe('hash chain', () => {
  it('links each entry to the one before, starting from the genesis hash', () => {
    const chain = buildChain(bodies);
    expect(chain[0]?.prevHash).toBe(GENESIS_HASH);
    expect(chain[0]?.seq).toBe(1);
    for (let i = 1; i < chain.length; i++) expect(chain[i]?.prevHash).toBe(chain[i - 1]?.hash);
    expect(verifyChain(chain)).toEqual({
      ok: true,
      count: 6,
      head: { seq: 6, hash: chain[5]?.hash },
    });
  });

  it('names the entry whose body was altered', () => {
    const chain = buildChain(bodies);
    chain[3] = { ...chain[3]!, body: { ...bodies[3], subject: 's-X' } };
    expect(verifyChain(chain)).toMatchObject({
      ok: false,
      failure: { code: 'HASH_MISMATCH', index: 3, seq: 4 },
    });
  });

  it('detects a deleted middle entry', () => {
    const chain = buildChain(bodies);
    chain.splice(2, 1);
    expect(verifyChain(chain)).toMatchObject({
      ok: false,
      failure: { code: 'SEQ_GAP', index: 2, seq: 4 },
    });
  });

  it('detects a deleted middle entry even when sequence numbers are rewritten', () => {
    const chain = buildChain(bodies);
    chain.splice(2, 1);
    const renumbered = chain.map((entry, index) => ({ ...entry, seq: index + 1 }));
    expect(verifyChain(renumbered)).toMatchObject({
      ok: false,
      failure: { code: 'PREV_HASH_MISMATCH', index: 2 },
    });
  });

  it('detects truncation of the newest entries against a checkpoint', () => {
    const chain = buildChain(bodies);
    const checkpoint = { seq: 6, hash: chain[5]!.hash };
    expect(verifyChain(chain, { checkpoint }).ok).toBe(true);
    expect(verifyChain(chain.slice(0, 4), { checkpoint })).toMatchObject({
      ok: false,
      failure: { code: 'HEAD_MISMATCH', seq: 4 },
    });
  });

  it('verifies a tail from a known head', () => {
    const chain = buildChain(bodies);
    expect(verifyChain(chain.slice(3), { from: { seq: 3, hash: chain[2]!.hash } }).ok).toBe(true);
  });

  it('flipping any byte of any hash is detected (property)', () => {
    const chain = buildChain(bodies);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 63 }),
        (index, position) => {
          const copy = chain.map((entry) => ({ ...entry }));
          const hash = copy[index]!.hash;
          const flipped = hash[position] === '0' ? '1' : '0';
          copy[index] = {
            ...copy[index]!,
            hash: hash.slice(0, position) + flipped + hash.slice(position + 1),
          };
          const result = verifyChain(copy);
          expect(result.ok).toBe(false);
        },
      ),
    );
  });

  it('hashes canonical text to the same link hash as the body', () => {
    const chain = buildChain(bodies);
    const asText = chain.map(({ body, ...link }) => ({
      ...link,
      canonicalBody: canonicalJson(body),
    }));
    expect(verifyChain(asText).ok).toBe(true);
    for (const entry of asText) {
      expect(linkHashOfCanonical(entry.seq, entry.prevHash, entry.canonicalBody)).toBe(entry.hash);
    }
    const tampered = asText.map((entry, i) =>
      i === 2 ? { ...entry, canonicalBody: entry.canonicalBody.replace('s-2', 's-9') } : entry,
    );
    expect(verifyChain(tampered)).toMatchObject({
      ok: false,
      failure: { code: 'HASH_MISMATCH', seq: 3 },
    });
  });

  it('rejects a malformed head', () => {
    expect(() => appendLink({ seq: -1, hash: GENESIS_HASH }, {})).toThrowError(ValidationError);
    expect(() => appendLink({ seq: 0, hash: 'abc' }, {})).toThrowError(/head.hash/);
  });
});
