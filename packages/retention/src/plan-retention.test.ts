import { describe, expect, it } from 'vitest';
import type { RetentionRecord } from './evaluate-retention.js';
import { planRetention } from './plan-retention.js';
import { defineRetentionPolicy } from './retention-policy.js';
import { retentionTemplate } from './retention-template.js';

const policy = defineRetentionPolicy({
  rules: [
    retentionTemplate('host-server-logs-14d'),
    retentionTemplate('planfix-account-lifecycle'),
  ],
  holds: [{ id: 'hold-1', scope: { subject: 'p-held' }, placedAt: '2026-01-01', reason: 'claim' }],
});

async function* logs(count: number): AsyncGenerator<RetentionRecord> {
  for (let index = 0; index < count; index++) {
    yield {
      id: `log-${index}`,
      category: 'server-log',
      ...(index % 10 === 0 ? { subject: 'p-held' } : {}),
      // Day 0 .. 29 before 16 March: half are older than 14 whole days.
      events: { collected: new Date(Date.UTC(2026, 2, 16 - (index % 30), 12)) },
    };
  }
}

describe('planRetention', () => {
  it('streams due actions over an async iterable', async () => {
    const planned = [];
    for await (const item of planRetention(policy, logs(300), { at: '2026-03-16T06:00:00Z' }))
      planned.push(item);
    // Offsets 15..29 days are due (15 of 30), minus the held ones (offsets 0, 10, 20 → only 20 is old enough).
    expect(planned.length).toBe(150 - 10);
    expect(
      planned.every(
        (item) => item.outcome === 'due' && item.step.action === 'delete' && !item.shadow,
      ),
    ).toBe(true);
    expect(planned[0]?.reasons.map((reason) => reason.code)).toEqual(['RULE_APPLIES', 'STAGE_DUE']);
  });

  it('shadow mode also reports what holds withhold, and marks everything as shadow', async () => {
    const planned = [];
    for await (const item of planRetention(policy, logs(300), {
      at: '2026-03-16T06:00:00Z',
      mode: 'shadow',
    })) {
      planned.push(item);
    }
    expect(planned.length).toBe(150);
    expect(planned.every((item) => item.shadow)).toBe(true);
    const blocked = planned.filter((item) => item.outcome === 'blocked');
    expect(blocked).toHaveLength(10);
    expect(blocked[0]?.reasons.map((reason) => reason.code)).toContain('BLOCKED_BY_LEGAL_HOLD');
  });

  it('pulls records one at a time (constant memory over a long stream)', async () => {
    let produced = 0;
    async function* counted(): AsyncGenerator<RetentionRecord> {
      for await (const record of logs(50_000)) {
        produced++;
        yield record;
      }
    }
    const at = new Date('2026-03-16T06:00:00Z');
    const iterator = planRetention(policy, counted(), { at });
    const first = await iterator.next();
    // The first due log is the 16th record (15 whole days old): nothing was read ahead.
    expect(first.value?.recordId).toBe('log-15');
    expect(produced).toBe(16);
    let count = 1;
    for await (const _item of iterator) count++;
    // Per 30 records: 15 due, one of them held. 50,000 = 1,666 × 30 + 20 (5 due, none held).
    expect(count).toBe(1_666 * 14 + 5);
    expect(produced).toBe(50_000);
  });

  it('accepts plain iterables and reports a bad record by its position', async () => {
    const records = [
      { id: 'a', category: 'account', events: { 'last-activity': '2026-01-01' } },
      { id: 'b', category: 'account', events: { 'last-activity': 17 } },
    ] as RetentionRecord[];
    const iterator = planRetention(policy, records, { at: '2026-02-10' });
    expect((await iterator.next()).value?.step.action).toBe('freeze');
    await expect(iterator.next()).rejects.toMatchObject({
      issues: [{ field: 'records[1].events.last-activity' }],
    });
  });
});
