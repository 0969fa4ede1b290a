import { createSimulatedClock, ValidationError } from '@pledge/core';
import { describe, expect, it } from 'vitest';
import { createMemoryDsrStore } from './memory-store.js';
import { createDsrService } from './service.js';

describe('the in-memory DSR store refuses what it could not keep faithfully', () => {
  it('a function, a symbol or a BigInt inside a write is a ValidationError, and nothing is written', async () => {
    const source = createMemoryDsrStore();
    const service = createDsrService({
      store: source,
      clock: createSimulatedClock('2026-03-02T09:00:00Z'),
    });
    const request = await service.submit({
      tenant: 't',
      type: 'access',
      subject: 'p-1',
      jurisdiction: 'DE',
    });
    const events = await source.events('t', request.id);
    const store = createMemoryDsrStore();
    for (const odd of [() => 1, Symbol('x'), 1n]) {
      const write = { request: { ...request, channel: odd }, events };
      await expect(store.create('t', write as never)).rejects.toSatisfy(
        (error: unknown) => ValidationError.isInstance(error) && error.issues[0]?.field === 'write',
      );
    }
    expect(await store.list('t')).toEqual([]);
  });
});
