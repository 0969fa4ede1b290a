import { createSimulatedClock } from '@pledge/core';
import { describe, expect, it } from 'vitest';
import { recordAction, verifyRetentionEvidence } from './record-action.js';
import { createMemoryRetentionEvidenceStore } from './retention-evidence-store.js';
import { describeRetentionEvidenceStoreConformance } from './testing/index.js';

describeRetentionEvidenceStoreConformance({
  name: 'memory',
  createStore: () => createMemoryRetentionEvidenceStore(),
});

describe('recordAction and verifyRetentionEvidence', () => {
  it('records what, when, which rule and how many rows, hash-chained', async () => {
    const store = createMemoryRetentionEvidenceStore();
    const clock = createSimulatedClock('2026-03-16T02:00:00Z');
    const first = await recordAction(
      { store, clock },
      {
        tenant: 't1',
        ruleId: 'host-server-logs-14d',
        stageIndex: 0,
        action: 'delete',
        rows: 1204,
        evaluatedAt: '2026-03-16T00:00:00Z',
      },
    );
    expect(first).toMatchObject({
      tenant: 't1',
      seq: 1,
      body: {
        ruleId: 'host-server-logs-14d',
        action: 'delete',
        rows: 1204,
        mode: 'live',
        recordedAt: '2026-03-16T02:00:00.000Z',
        evaluatedAt: '2026-03-16T00:00:00.000Z',
      },
    });
    clock.advance('P1D');
    const second = await recordAction(
      { store, clock },
      {
        tenant: 't1',
        ruleId: 'planfix-account-lifecycle',
        action: 'freeze',
        rows: 3,
        mode: 'shadow',
      },
    );
    expect(second.prevHash).toBe(first.hash);
    expect(await verifyRetentionEvidence(store, 't1')).toMatchObject({ ok: true, count: 2 });
  });

  it('an idempotency key makes a retry return the first entry', async () => {
    const store = createMemoryRetentionEvidenceStore();
    const clock = createSimulatedClock('2026-03-16T02:00:00Z');
    const input = {
      tenant: 't1',
      ruleId: 'r',
      action: 'delete' as const,
      rows: 5,
      idempotencyKey: 'sweep-1',
    };
    const first = await recordAction({ store, clock }, input);
    clock.advance('PT1H');
    expect(await recordAction({ store, clock }, input)).toEqual(first);
    expect(await store.list('t1')).toHaveLength(1);
  });

  it('detects an altered or removed entry', async () => {
    const store = createMemoryRetentionEvidenceStore();
    const clock = createSimulatedClock('2026-03-16T02:00:00Z');
    for (let rows = 0; rows < 3; rows++) {
      await recordAction({ store, clock }, { tenant: 't1', ruleId: 'r', action: 'delete', rows });
    }
    const entries = [...(await store.list('t1'))];
    const altered = entries.map((entry, index) =>
      index === 1 ? { ...entry, body: { ...entry.body, rows: 99 } } : entry,
    );
    const tampered = { ...store, list: async () => altered };
    expect(await verifyRetentionEvidence(tampered, 't1')).toMatchObject({
      ok: false,
      failure: { code: 'HASH_MISMATCH', seq: 2 },
    });
    const removed = {
      ...store,
      list: async () => [entries[0], entries[2]].filter((entry) => entry !== undefined),
    };
    expect(await verifyRetentionEvidence(removed, 't1')).toMatchObject({
      ok: false,
      failure: { code: 'SEQ_GAP', seq: 3 },
    });
  });

  it('gives up after repeated conflicts and rethrows them', async () => {
    const inner = createMemoryRetentionEvidenceStore();
    let calls = 0;
    const racing = {
      ...inner,
      append: async (entry: Parameters<typeof inner.append>[0]) => {
        calls++;
        return inner.append({ ...entry, seq: entry.seq + 1 });
      },
    };
    const clock = createSimulatedClock('2026-03-16T02:00:00Z');
    await expect(
      recordAction(
        { store: racing, clock },
        { tenant: 't1', ruleId: 'r', action: 'delete', rows: 1 },
      ),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(calls).toBe(16);
  });
});
