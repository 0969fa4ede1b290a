import { createSimulatedClock } from '@pledge/core';
import { describe, expect, it } from 'vitest';
import { createMemoryDsrStore } from './memory-store.js';
import { createDsrService } from './service.js';

describe('a clock that jumps backwards', () => {
  it('keeps the audit chain whole and never moves a deadline before the request was received', async () => {
    const clock = createSimulatedClock('2026-03-02T09:00:00Z');
    const service = createDsrService({ store: createMemoryDsrStore(), clock });
    const request = await service.submit({
      tenant: 't',
      type: 'access',
      subject: 'p-1',
      jurisdiction: 'GB',
    });
    const ref = { tenant: 't', requestId: request.id };
    const before = await service.deadline(ref);
    clock.set('2026-02-20T09:00:00Z'); // twelve days back
    const verified = await service.apply({
      ...ref,
      event: { type: 'verify-identity', method: 'e-mail-link' },
    });
    expect(verified.ok).toBe(true);
    const history = await service.history(ref);
    expect(history.map((event) => event.seq)).toEqual([1, 2]);
    const times = history.map((event) => (event.body as { at: string }).at);
    expect(String(times[1]) >= String(times[0])).toBe(true);
    const after = await service.deadline(ref);
    expect(after.outcome === 'due' && before.outcome === 'due' && after.due >= before.due).toBe(
      true,
    );
    const audit = await service.verifyAudit(ref);
    expect(audit.ok).toBe(true);
  });
});
