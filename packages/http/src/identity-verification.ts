import {
  addDuration,
  type Clock,
  createHmacSha256Hex,
  parseInput,
  systemClock,
  toBase64,
} from '@pledge/core';
import { durationSchema, tenantIdSchema } from '@pledge/core/schemas';
import { z } from 'zod';

const SCOPE = '@pledge/http';

/** Options of {@link createIdentityVerifier}. */
export interface IdentityVerifierOptions {
  /**
   * Secret of at least 32 bytes. Tokens and codes are derived from it, so nothing needs to be
   * stored and a restart keeps them valid; a new secret invalidates every outstanding one.
   */
  readonly secret: Uint8Array;
  /** Wrong codes accepted per request before it is locked (default 5). */
  readonly maxAttempts?: number;
  /** How long a code stays valid after the request was received (ISO 8601, default `P1D`). */
  readonly codeLifetime?: string;
  /** Source of time (default: the system clock). */
  readonly clock?: Clock;
}

/** Names one request. */
export interface VerificationRef {
  /** The tenant. */
  readonly tenant: string;
  /** The request id. */
  readonly requestId: string;
}

/** A one-time code and when it stops being accepted. */
export interface IssuedCode {
  /** Six decimal digits. */
  readonly code: string;
  /** ISO 8601 instant after which the code is refused. */
  readonly expiresAt: string;
}

/** Result of {@link IdentityVerifier.checkCode}. */
export type CodeCheck =
  | { readonly ok: true }
  | {
      readonly ok: false;
      /** `WRONG_CODE`, `EXPIRED`, or `TOO_MANY_ATTEMPTS` (locked, even for the right code). */
      readonly reason: 'WRONG_CODE' | 'EXPIRED' | 'TOO_MANY_ATTEMPTS';
      /** Wrong codes still accepted before the request is locked. */
      readonly attemptsRemaining: number;
    };

/**
 * Issues and checks the two secrets a data-subject request needs before the requester has an
 * account: a tracking token (a capability to read the request) and a one-time code delivered
 * out of band (proof of control of the contact channel, GDPR Art. 12(6) "reasonable doubts").
 */
export interface IdentityVerifier {
  /** The tracking token of a request: 32 base64url characters. */
  trackingToken(ref: VerificationRef): string;
  /** True when `token` is the request's tracking token (compared in constant time). */
  checkTrackingToken(ref: VerificationRef & { readonly token: string }): boolean;
  /** The request's one-time code; `issuedAt` is when the request was received. */
  issueCode(ref: VerificationRef & { readonly issuedAt: string | Date }): IssuedCode;
  /**
   * Checks a code. Wrong codes are counted per request; after `maxAttempts` the request is
   * locked and every later check fails with `TOO_MANY_ATTEMPTS`. Counts are kept in this
   * process (bounded to the 10,000 most recent requests): several instances each allow
   * `maxAttempts`.
   */
  checkCode(
    ref: VerificationRef & { readonly code: string; readonly issuedAt: string | Date },
  ): CodeCheck;
}

const refShape = {
  tenant: tenantIdSchema,
  requestId: z.string().min(1).max(200),
};
const refSchema = z.object(refShape).strict();
const tokenCheckSchema = z.object({ ...refShape, token: z.string().max(200) }).strict();
const instant = z.union([z.date(), z.iso.datetime({ offset: true })]);
const issueSchema = z.object({ ...refShape, issuedAt: instant }).strict();
const codeCheckSchema = z
  .object({ ...refShape, issuedAt: instant, code: z.string().max(100) })
  .strict();
const optionsSchema = z.looseObject({
  secret: z
    .instanceof(Uint8Array)
    .refine((secret) => secret.length >= 32, { message: 'expected at least 32 bytes' }),
  maxAttempts: z.number().int().min(1).max(100).exactOptional(),
  codeLifetime: durationSchema.exactOptional(),
});

const MAX_TRACKED = 10_000;

function equalInConstantTime(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let index = 0; index < a.length; index++) {
    difference |= a.charCodeAt(index) ^ b.charCodeAt(index % Math.max(b.length, 1));
  }
  return difference === 0;
}

function hexToBase64Url(hex: string): string {
  const bytes = new Uint8Array(hex.length / 2);
  for (let index = 0; index < bytes.length; index++) {
    bytes[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  }
  return toBase64(bytes).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/**
 * Creates an {@link IdentityVerifier}. Stateless but for the attempt counts: tokens and codes
 * are HMAC-SHA-256 of the tenant, request id and receipt instant under `secret`, so they
 * survive a restart and need no table.
 *
 * @example
 * ```ts
 * const verifier = createIdentityVerifier({ secret: crypto.getRandomValues(new Uint8Array(32)) });
 * const { code } = verifier.issueCode({ tenant: 't1', requestId: 'r-1', issuedAt: new Date() });
 * verifier.checkCode({ tenant: 't1', requestId: 'r-1', issuedAt: receivedAt, code }); // { ok: true }
 * ```
 */
export function createIdentityVerifier(options: IdentityVerifierOptions): IdentityVerifier {
  const config = parseInput(optionsSchema, options, { scope: SCOPE, field: 'options' });
  const mac = createHmacSha256Hex(config.secret.slice());
  const clock = options.clock ?? systemClock;
  const maxAttempts = config.maxAttempts ?? 5;
  const lifetime = config.codeLifetime ?? 'P1D';
  const failures = new Map<string, number>();
  const keyOf = (ref: VerificationRef) => `${ref.tenant}\u0000${ref.requestId}`;
  const codeOf = (ref: VerificationRef, issuedAt: Date) => {
    const digest = mac(
      `pledge.verification-code\u0000${keyOf(ref)}\u0000${issuedAt.toISOString()}`,
    );
    return String(Number.parseInt(digest.slice(0, 8), 16) % 1_000_000).padStart(6, '0');
  };
  return {
    trackingToken(ref) {
      const parsed = parseInput(refSchema, ref, { scope: SCOPE, field: 'ref' });
      return hexToBase64Url(mac(`pledge.tracking-token\u0000${keyOf(parsed)}`).slice(0, 48));
    },
    checkTrackingToken(ref) {
      const parsed = parseInput(tokenCheckSchema, ref, { scope: SCOPE, field: 'ref' });
      const expected = hexToBase64Url(
        mac(`pledge.tracking-token\u0000${keyOf(parsed)}`).slice(0, 48),
      );
      return equalInConstantTime(parsed.token, expected);
    },
    issueCode(ref) {
      const parsed = parseInput(issueSchema, ref, { scope: SCOPE, field: 'ref' });
      const issuedAt = new Date(parsed.issuedAt);
      return {
        code: codeOf(parsed, issuedAt),
        expiresAt: addDuration(issuedAt, lifetime).toISOString(),
      };
    },
    checkCode(ref) {
      const parsed = parseInput(codeCheckSchema, ref, { scope: SCOPE, field: 'ref' });
      const key = keyOf(parsed);
      const failed = failures.get(key) ?? 0;
      if (failed >= maxAttempts) {
        return { ok: false, reason: 'TOO_MANY_ATTEMPTS', attemptsRemaining: 0 };
      }
      const issuedAt = new Date(parsed.issuedAt);
      if (clock.now().getTime() > addDuration(issuedAt, lifetime).getTime()) {
        return { ok: false, reason: 'EXPIRED', attemptsRemaining: maxAttempts - failed };
      }
      if (equalInConstantTime(parsed.code.trim(), codeOf(parsed, issuedAt))) {
        failures.delete(key);
        return { ok: true };
      }
      failures.delete(key);
      failures.set(key, failed + 1);
      if (failures.size > MAX_TRACKED) {
        const oldest = failures.keys().next().value;
        if (oldest !== undefined) failures.delete(oldest);
      }
      const remaining = maxAttempts - failed - 1;
      return remaining > 0
        ? { ok: false, reason: 'WRONG_CODE', attemptsRemaining: remaining }
        : { ok: false, reason: 'TOO_MANY_ATTEMPTS', attemptsRemaining: 0 };
    },
  };
}
