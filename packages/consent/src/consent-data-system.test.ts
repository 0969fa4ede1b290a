import { createSimulatedClock } from '@pledge/core';
import { describe, expect, it } from 'vitest';
import { CONSENT_HISTORY_CATEGORY, consentDataSystem } from './consent-data-system.js';
import { createConsentLedger } from './ledger.js';
import { createMemoryConsentStore } from './memory-store.js';

describe('the ledger as a data system for rights requests', () => {
  it('exports the subject’s consent history on access and forgets the subject on erasure', async () => {
    const ledger = createConsentLedger({
      store: createMemoryConsentStore(),
      clock: createSimulatedClock('2026-03-02T09:00:00Z'),
      secret: new Uint8Array(32).fill(2),
      purposes: [{ id: 'analytics', legalBasis: 'consent' }],
      policy: { versions: [{ id: 'v1', effectiveFrom: '2026-01-01', material: true }] },
      tenant: 'acme',
    });
    await ledger.record({
      subject: 'p-1',
      purposes: { analytics: 'granted' },
      policyVersion: 'v1',
      jurisdiction: 'DE',
      source: 'banner',
      metadata: { ip: '198.51.100.7' },
    });
    const system = consentDataSystem({ ledger });
    const context = { request: { tenant: 'acme' } };
    expect([system.id, system.idempotent.erase]).toEqual(['consent-ledger', true]);

    const exported = await system.access('p-1', context);
    expect(exported.categories).toEqual([CONSENT_HISTORY_CATEGORY]);
    const history = exported.records.consentHistory as { purposes?: Record<string, string> }[];
    expect(history.map((entry) => entry.purposes)).toEqual([{ analytics: 'granted' }]);
    expect(JSON.stringify(history)).toContain('198.51.100.7'); // sealed details, decrypted

    await system.erase('p-1', context);
    await system.erase('p-1', context); // safe to repeat after a crash
    const after = await system.access('p-1', context);
    expect(JSON.stringify(after.records)).not.toContain('198.51.100.7');
    expect((await ledger.verify({ tenant: 'acme' })).ok).toBe(true);
  });
});
