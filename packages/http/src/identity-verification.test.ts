import { createSimulatedClock } from '@pledge/core';
import { describe, expect, it } from 'vitest';
import { createIdentityVerifier } from './identity-verification.js';

const ref = { tenant: 't1', requestId: 'r-1' };
const issuedAt = '2026-03-02T09:00:00.000Z';

describe('createIdentityVerifier', () => {
  it('derives the same token and code after a restart, and different ones per request', () => {
    const secret = new Uint8Array(32).fill(5);
    const first = createIdentityVerifier({ secret });
    const second = createIdentityVerifier({ secret });
    expect(first.trackingToken(ref)).toBe(second.trackingToken(ref));
    expect(first.issueCode({ ...ref, issuedAt }).code).toBe(
      second.issueCode({ ...ref, issuedAt }).code,
    );
    expect(first.trackingToken(ref)).not.toBe(first.trackingToken({ ...ref, requestId: 'r-2' }));
    expect(first.checkTrackingToken({ ...ref, token: first.trackingToken(ref) })).toBe(true);
    expect(first.checkTrackingToken({ ...ref, token: first.trackingToken(ref).slice(1) })).toBe(
      false,
    );
    const other = createIdentityVerifier({ secret: new Uint8Array(32).fill(6) });
    expect(other.trackingToken(ref)).not.toBe(first.trackingToken(ref));
  });

  it('counts wrong codes and expires codes', () => {
    const clock = createSimulatedClock('2026-03-02T10:00:00Z');
    const verifier = createIdentityVerifier({
      secret: new Uint8Array(32),
      maxAttempts: 2,
      codeLifetime: 'PT2H',
      clock,
    });
    const { code, expiresAt } = verifier.issueCode({ ...ref, issuedAt });
    expect(expiresAt).toBe('2026-03-02T11:00:00.000Z');
    const wrong = code === '000000' ? '111111' : '000000';
    expect(verifier.checkCode({ ...ref, issuedAt, code: wrong })).toEqual({
      ok: false,
      reason: 'WRONG_CODE',
      attemptsRemaining: 1,
    });
    expect(verifier.checkCode({ ...ref, issuedAt, code })).toEqual({ ok: true });
    expect(verifier.checkCode({ ...ref, issuedAt, code: wrong })).toMatchObject({
      attemptsRemaining: 1,
    });
    expect(verifier.checkCode({ ...ref, issuedAt, code: wrong })).toMatchObject({
      reason: 'TOO_MANY_ATTEMPTS',
    });
    expect(verifier.checkCode({ ...ref, issuedAt, code })).toMatchObject({
      reason: 'TOO_MANY_ATTEMPTS',
    });
    const fresh = { ...ref, requestId: 'r-3' };
    clock.advance('PT2H');
    expect(
      verifier.checkCode({
        ...fresh,
        issuedAt,
        code: verifier.issueCode({ ...fresh, issuedAt }).code,
      }),
    ).toMatchObject({ ok: false, reason: 'EXPIRED' });
  });
});
