import { canonicalJson } from './canonical-json.js';
import { sha256Hex } from './sha256.js';
import { invalidInput, requireInteger } from './validate.js';

/** The `prevHash` of the first link of every chain: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/** Where a chain ends: the sequence number and hash of its newest link. */
export interface ChainHead {
  /** Sequence number of the newest link (the first link is 1; an empty chain is 0). */
  readonly seq: number;
  /** Hash of the newest link ({@link GENESIS_HASH} for an empty chain). */
  readonly hash: string;
}

/** The head of an empty chain. */
export const EMPTY_CHAIN_HEAD: ChainHead = Object.freeze({ seq: 0, hash: GENESIS_HASH });

/** A link of a hash chain: its position, the hash before it and its own hash. */
export interface ChainLink {
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
}

/**
 * A stored link together with what its hash covers: the `body` value, or `canonicalBody`, the
 * body's canonical JSON text exactly as stored. When `canonicalBody` is present it is what gets
 * hashed (and `body` is ignored), so a store that keeps the canonical text can be verified
 * without re-serialising every body.
 */
export type ChainEntry<Body = unknown> = ChainLink &
  (
    | { readonly body: Body; readonly canonicalBody?: undefined }
    | { readonly canonicalBody: string; readonly body?: Body }
  );

const HASH_PATTERN = /^[0-9a-f]{64}$/;

/**
 * The hash of a link: SHA-256 over the canonical JSON (RFC 8785) of `{ seq, prevHash, body }`.
 * Covering `seq` and `prevHash` makes a reordered, removed or inserted link break the chain.
 */
export function linkHash(seq: number, prevHash: string, body: unknown): string {
  requireInteger(seq, 'seq', 1, Number.MAX_SAFE_INTEGER);
  if (typeof prevHash !== 'string' || !HASH_PATTERN.test(prevHash)) {
    invalidInput(
      { scope: '@pledge/core', field: 'prevHash' },
      'invalid_hash',
      'expected 64 lower-case hex digits',
    );
  }
  return hashOfCanonical(seq, prevHash, canonicalJson(body));
}

// The link hash from canonical body text; callers have checked `seq` and `prevHash`. The text
// is the canonical JSON of `{ body, prevHash, seq }`: those member names are already in order.
function hashOfCanonical(seq: number, prevHash: string, canonicalBody: string): string {
  return sha256Hex(`{"body":${canonicalBody},"prevHash":"${prevHash}","seq":${seq}}`);
}

/**
 * The same hash as {@link linkHash}, from the body's canonical JSON text (as
 * {@link canonicalJson} produced it). The hashed text is built by concatenation, which is the
 * canonical form because the member names `body`, `prevHash`, `seq` are already in order.
 */
export function linkHashOfCanonical(seq: number, prevHash: string, canonicalBody: string): string {
  requireInteger(seq, 'seq', 1, Number.MAX_SAFE_INTEGER);
  if (typeof prevHash !== 'string' || !HASH_PATTERN.test(prevHash)) {
    invalidInput(
      { scope: '@pledge/core', field: 'prevHash' },
      'invalid_hash',
      'expected 64 lower-case hex digits',
    );
  }
  if (typeof canonicalBody !== 'string' || canonicalBody.length === 0) {
    invalidInput(
      { scope: '@pledge/core', field: 'canonicalBody' },
      'invalid_type',
      'expected canonical JSON text',
    );
  }
  return hashOfCanonical(seq, prevHash, canonicalBody);
}

/**
 * The link that appends `body` after `head`. Pure: the caller stores the link and its body
 * atomically, and serialises appends per chain (two appends after the same head would fork it).
 *
 * @example
 * ```ts
 * const first = appendLink(EMPTY_CHAIN_HEAD, { purpose: 'analytics', state: 'granted' });
 * const second = appendLink(first, { purpose: 'analytics', state: 'withdrawn' });
 * second.prevHash === first.hash; // true
 * ```
 */
export function appendLink(head: ChainHead, body: unknown): ChainLink {
  if (!Number.isSafeInteger(head?.seq) || head.seq < 0) {
    invalidInput(
      { scope: '@pledge/core', field: 'head' },
      'invalid_head',
      'expected a non-negative integer',
      ['seq'],
    );
  }
  if (typeof head.hash !== 'string' || !HASH_PATTERN.test(head.hash)) {
    invalidInput(
      { scope: '@pledge/core', field: 'head' },
      'invalid_head',
      'expected 64 lower-case hex digits',
      ['hash'],
    );
  }
  const seq = head.seq + 1;
  return { seq, prevHash: head.hash, hash: linkHash(seq, head.hash, body) };
}

/** Why a chain failed verification. */
export type ChainFailureCode =
  /** The stored hash does not match the link's content: the link or its body was altered. */
  | 'HASH_MISMATCH'
  /** The link does not point at the previous link's hash: a link was removed, inserted or reordered. */
  | 'PREV_HASH_MISMATCH'
  /** Sequence numbers are not consecutive. */
  | 'SEQ_GAP'
  /** The chain ends before or after the expected head (e.g. a checkpoint): truncation or fork. */
  | 'HEAD_MISMATCH';

/** Result of {@link verifyChain}. */
export type ChainVerification =
  | { readonly ok: true; readonly count: number; readonly head: ChainHead }
  | {
      readonly ok: false;
      readonly count: number;
      readonly failure: {
        readonly code: ChainFailureCode;
        /** Index in the input of the first bad entry (the input length for `HEAD_MISMATCH`). */
        readonly index: number;
        /** Sequence number of the first bad entry, or of the chain's end for `HEAD_MISMATCH`. */
        readonly seq: number;
      };
    };

/** Options for {@link verifyChain}. */
export interface VerifyChainOptions {
  /** The head just before the first entry, when verifying a tail of a chain. */
  readonly from?: ChainHead;
  /**
   * A head recorded earlier (a checkpoint). The chain must contain it, which makes removing the
   * newest links detectable.
   */
  readonly checkpoint?: ChainHead;
}

/**
 * Recomputes every link of a chain in order and reports the first broken one. An altered body
 * gives `HASH_MISMATCH` at that entry; a deleted entry gives `SEQ_GAP` or `PREV_HASH_MISMATCH`
 * at the entry after it; truncation of the newest entries is caught when a `checkpoint` is given.
 */
export function verifyChain(
  entries: Iterable<ChainEntry>,
  options: VerifyChainOptions = {},
): ChainVerification {
  if (
    typeof (entries as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function'
  ) {
    invalidInput(
      { scope: '@pledge/core', field: 'entries' },
      'invalid_type',
      'expected an iterable of chain entries',
    );
  }
  for (const key of ['from', 'checkpoint'] as const) {
    const head = options[key];
    if (
      head !== undefined &&
      (!Number.isSafeInteger(head.seq) || head.seq < 0 || !HASH_PATTERN.test(String(head.hash)))
    ) {
      invalidInput(
        { scope: '@pledge/core', field: `options.${key}` },
        'invalid_head',
        'expected { seq, hash } with 64 hex digits',
      );
    }
  }
  let head = options.from ?? EMPTY_CHAIN_HEAD;
  let index = 0;
  let checkpointSeen = options.checkpoint === undefined || options.checkpoint.seq <= head.seq;
  for (const entry of entries) {
    if (typeof entry !== 'object' || entry === null) {
      invalidInput(
        { scope: '@pledge/core', field: 'entries' },
        'invalid_type',
        'expected a chain entry',
        [index],
      );
    }
    const failure = (code: ChainFailureCode) => ({
      ok: false as const,
      count: index,
      failure: { code, index, seq: entry.seq },
    });
    if (entry.seq !== head.seq + 1) return failure('SEQ_GAP');
    if (entry.prevHash !== head.hash) return failure('PREV_HASH_MISMATCH');
    // seq and prevHash were just checked against the previous link: hash without re-checking.
    const hash = hashOfCanonical(
      entry.seq,
      entry.prevHash,
      typeof entry.canonicalBody === 'string' ? entry.canonicalBody : canonicalJson(entry.body),
    );
    if (hash !== entry.hash) return failure('HASH_MISMATCH');
    head = { seq: entry.seq, hash: entry.hash };
    if (options.checkpoint && entry.seq === options.checkpoint.seq) {
      if (entry.hash !== options.checkpoint.hash) return failure('HEAD_MISMATCH');
      checkpointSeen = true;
    }
    index++;
  }
  if (!checkpointSeen) {
    return { ok: false, count: index, failure: { code: 'HEAD_MISMATCH', index, seq: head.seq } };
  }
  return { ok: true, count: index, head };
}
