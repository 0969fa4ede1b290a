import { createSimulatedClock } from '@pledge/core';
import { describe, expect, it } from 'vitest';
import { createConsentLedger } from './ledger.js';
import { createMemoryConsentStore } from './memory-store.js';

describe('a clock that jumps backwards', () => {
  it('the later command still wins, the evidence keeps the clock’s times, and the chain verifies', async () => {
    const clock = createSimulatedClock('2026-05-01T12:00:00Z');
    const ledger = createConsentLedger({
      store: createMemoryConsentStore(),
      clock,
      secret: new Uint8Array(32).fill(9),
      purposes: [{ id: 'analytics', legalBasis: 'consent' }],
      policy: { versions: [{ id: 'v1', effectiveFrom: '2026-01-01', material: true }] },
    });
    const base = {
      subject: 'p-1',
      policyVersion: 'v1',
      jurisdiction: 'DE',
      source: 'banner',
    } as const;
    const granted = await ledger.record({ ...base, purposes: { analytics: 'granted' } });
    clock.set('2026-05-01T11:00:00Z'); // NTP step back by an hour
    const withdrawn = await ledger.withdraw({ ...base, purposes: ['analytics'] });
    expect(withdrawn.seq).toBe(granted.seq + 1);
    expect(withdrawn.recordedAt).toBe('2026-05-01T11:00:00.000Z');
    // Chain order decides: the withdrawal counts from the grant's instant, not before it.
    expect(ledger.check({ subject: 'p-1', purpose: 'analytics' }).outcome).toBe('deny');
    expect(
      ledger.check({ subject: 'p-1', purpose: 'analytics', at: '2026-05-01T12:00:00Z' }).outcome,
    ).toBe('deny');
    // Nothing is dated before the grant it follows: at 11:30 neither command had happened.
    const before = ledger.check({
      subject: 'p-1',
      purpose: 'analytics',
      at: '2026-05-01T11:30:00Z',
    });
    expect(before.reasons[0]?.code).toBe('NO_CONSENT_RECORD');
    clock.set('2026-05-01T13:00:00Z');
    await ledger.record({ ...base, purposes: { analytics: 'granted' } });
    expect(ledger.check({ subject: 'p-1', purpose: 'analytics' }).outcome).toBe('allow');
    const history = await ledger.history({ subject: 'p-1' });
    expect(history.map((entry) => [entry.seq, entry.purposes?.analytics])).toEqual([
      [1, 'granted'],
      [2, 'withdrawn'],
      [3, 'granted'],
    ]);
    expect((await ledger.verify()).ok).toBe(true);
  });
});

describe('checks of subjects nobody recorded', () => {
  it('answer from an empty timeline and keep nothing, and the first write still counts', async () => {
    const clock = createSimulatedClock('2026-05-01T12:00:00Z');
    const ledger = createConsentLedger({
      store: createMemoryConsentStore(),
      clock,
      secret: new Uint8Array(32).fill(4),
      purposes: [{ id: 'analytics', legalBasis: 'consent' }],
      policy: { versions: [{ id: 'v1', effectiveFrom: '2026-01-01', material: true }] },
    });
    await ledger.sync();
    for (let index = 0; index < 1000; index += 1) {
      const unknown = ledger.check({ subject: `crawler-${index}`, purpose: 'analytics' });
      expect(unknown.reasons[0]?.code).toBe('NO_CONSENT_RECORD');
    }
    expect(ledger.checkAll({ subject: 'crawler-1' }).analytics?.outcome).toBe('deny');
    await ledger.record({
      subject: 'crawler-1',
      purposes: { analytics: 'granted' },
      policyVersion: 'v1',
      jurisdiction: 'DE',
      source: 'banner',
    });
    expect(ledger.check({ subject: 'crawler-1', purpose: 'analytics' }).outcome).toBe('allow');
    expect(ledger.check({ subject: 'crawler-2', purpose: 'analytics' }).outcome).toBe('deny');
  });
});
