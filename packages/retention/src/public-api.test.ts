import { createSimulatedClock } from '@pledge/core';
import { describe, expect, it } from 'vitest';
import { describeBadInputSweep } from '../../../test-support/bad-input-sweep.js';
import * as retention from './index.js';

const policy = retention.defineRetentionPolicy({
  rules: [retention.retentionTemplate('host-server-logs-14d')],
});
const log = { id: 'l', category: 'server-log', events: { collected: '2026-03-01' } };
const store = retention.createMemoryRetentionEvidenceStore();
const clock = createSimulatedClock('2026-03-16T00:00:00Z');
const mapping = {
  table: 'logs',
  columns: { id: 'id', category: 'category', events: { collected: 'created_at' } },
};

/**
 * Every exported function with calls that have invalid input and the field the error must name.
 * A new export without a row here fails the completeness test below.
 */
const invalidCalls: Record<string, [call: () => unknown, field: string][]> = {
  defineRetentionPolicy: [
    [() => retention.defineRetentionPolicy({ rules: [] }), 'policy.rules'],
    [
      () =>
        retention.defineRetentionPolicy({
          rules: [{ ...retention.retentionTemplate('host-server-logs-14d'), minimum: 'P1.5D' }],
        }),
      'policy.rules[0].minimum',
    ],
    [
      () => retention.defineRetentionPolicy({ rules: policy.rules, timeZone: 'Mars/Base' }),
      'policy.timeZone',
    ],
    [
      () =>
        retention.defineRetentionPolicy({
          rules: policy.rules,
          holds: [{ id: 'h', scope: { dsrRequestId: 'r' }, placedAt: '2026-01-01', reason: 'x' }],
        }),
      'policy.holds[0].scope',
    ],
    [
      () =>
        retention.defineRetentionPolicy({
          rules: policy.rules,
          holds: [
            {
              id: 'h',
              scope: { subject: 's' },
              placedAt: '2026-02-01',
              releasedAt: '2026-01-01',
              reason: 'x',
            },
          ],
        }),
      'policy.holds[0].releasedAt',
    ],
    [
      () =>
        retention.defineRetentionPolicy({
          rules: policy.rules,
          holds: [
            {
              id: 'h',
              scope: { subject: 's' },
              placedAt: 'soon',
              releasedAt: '2026-01-01',
              reason: 'x',
            },
          ],
        }),
      'policy.holds[0].placedAt',
    ],
  ],
  evaluateRetention: [
    [() => retention.evaluateRetention({} as never, log, { at: '2026-03-16' }), 'policy'],
    [
      () =>
        retention.evaluateRetention(policy, { ...log, category: 7 } as never, { at: '2026-03-16' }),
      'record.category',
    ],
    [
      () =>
        retention.evaluateRetention(
          policy,
          { ...log, events: { collected: 'yesterday' } },
          { at: '2026-03-16' },
        ),
      'record.events.collected',
    ],
    [
      () =>
        retention.evaluateRetention(policy, { ...log, stageReached: 'shred' } as never, {
          at: '2026-03-16',
        }),
      'record.stageReached',
    ],
    [() => retention.evaluateRetention(policy, log, { at: '2026-03-16T10:00:00' }), 'options.at'],
    [() => retention.evaluateRetention(policy, log, { at: new Date(8.64e15) }), 'options.at'],
    [
      () =>
        retention.evaluateRetention(
          policy,
          { ...log, events: { collected: new Date(-8.64e15) } },
          { at: '2026-03-16' },
        ),
      'record.events.collected',
    ],
    [
      () =>
        retention.evaluateRetention(policy, log, {
          at: '2026-03-16',
          holds: [{ id: 'h' }] as never,
        }),
      'options.holds[0].scope',
    ],
  ],
  planRetention: [
    [() => retention.planRetention(policy, 42 as never, { at: '2026-03-16' }), 'records'],
    [
      () => retention.planRetention(policy, [], { at: '2026-03-16', mode: 'dry' as never }),
      'options.mode',
    ],
  ],
  compileRetentionToSql: [
    [
      () =>
        retention.compileRetentionToSql(
          policy,
          { ...mapping, table: 'logs; DROP TABLE x' },
          { at: '2026-03-16' },
        ),
      'tableMapping.table',
    ],
    [
      () =>
        retention.compileRetentionToSql(
          policy,
          { ...mapping, columns: { ...mapping.columns, events: {} } },
          { at: '2026-03-16' },
        ),
      'tableMapping.columns.events.collected',
    ],
    [() => retention.compileRetentionToSql(policy, mapping, { at: 'now' }), 'options.at'],
    [
      () =>
        retention.compileRetentionToSql(
          policy,
          {
            ...mapping,
            columns: { ...mapping.columns, subject: 'subject', tenant: 'tenant' },
            holdsTable: {
              table: 'holds',
              columns: {
                subject: 's',
                tenant: 't',
                category: 'c',
                placedAt: 'placed at',
                releasedAt: 'r',
              },
            },
          },
          { at: '2026-03-16' },
        ),
      'tableMapping.holdsTable.columns.placedAt',
    ],
    [
      () =>
        retention.compileRetentionToSql(
          policy,
          {
            ...mapping,
            holdsTable: {
              table: 'holds',
              columns: { subject: 's', tenant: 't', category: 'c', placedAt: 'p', releasedAt: 'r' },
            },
          },
          { at: '2026-03-16' },
        ),
      'tableMapping.columns.subject',
    ],
  ],
  lintRetentionPolicy: [
    [
      () => retention.lintRetentionPolicy(policy, { previous: { rules: [] } as never }),
      'options.previous',
    ],
  ],
  retentionExemptions: [
    [
      () => retention.retentionExemptions(policy, { subject: '', records: [], at: '2026-01-01' }),
      'query.subject',
    ],
    [
      () =>
        retention.retentionExemptions(policy, {
          subject: 's',
          records: [{ id: 'x' }] as never,
          at: '2026-01-01',
        }),
      'query.records[0].category',
    ],
  ],
  retentionTemplate: [
    [() => retention.retentionTemplate('nope'), 'templateId'],
    [
      () => retention.retentionTemplate('host-server-logs-14d', { scope: { category: '' } }),
      'options.scope.category',
    ],
  ],
  retentionExemptionSource: [
    [() => retention.retentionExemptionSource(null as never), 'options'],
    [
      () => retention.retentionExemptionSource({ policy: {} as never, records: () => [] }),
      'options.policy',
    ],
    [
      () => retention.retentionExemptionSource({ policy, records: 'x' as never }),
      'options.records',
    ],
  ],
  createMemoryRetentionEvidenceStore: [],
};

/** Async exports: the returned promise rejects. */
const invalidAsyncCalls: Record<string, [call: () => Promise<unknown>, field: string][]> = {
  recordAction: [
    [
      () =>
        retention.recordAction(
          { store, clock },
          { tenant: 't', ruleId: 'r', action: 'delete', rows: -1 },
        ),
      'input.rows',
    ],
    [
      () =>
        retention.recordAction(
          { store: {} as never, clock },
          { tenant: 't', ruleId: 'r', action: 'delete', rows: 1 },
        ),
      'context.store',
    ],
  ],
  verifyRetentionEvidence: [[() => retention.verifyRetentionEvidence(store, ''), 'tenant']],
};

/** Predicates answer `false` for bad input instead of throwing. */
const predicates: Record<string, () => boolean> = {
  isDestructiveAction: () => retention.isDestructiveAction('shred' as never),
};

describeBadInputSweep({
  entry: retention,
  cases: { ...invalidCalls, ...invalidAsyncCalls },
  predicates,
  noInput: ['createMemoryRetentionEvidenceStore'],
});

describe('public entry', () => {
  it('never echoes the rejected value', () => {
    try {
      retention.evaluateRetention(
        policy,
        { ...log, events: { collected: 'secret-person@example.com' } },
        { at: '2026-03-16' },
      );
    } catch (error) {
      expect(String((error as Error).message)).not.toContain('secret-person');
    }
    expect.assertions(1);
  });

  it('writes nothing when recordAction is given bad input', async () => {
    const fresh = retention.createMemoryRetentionEvidenceStore();
    await expect(
      retention.recordAction(
        { store: fresh, clock },
        { tenant: 't', ruleId: 'r', action: 'shred' as never, rows: 1 },
      ),
    ).rejects.toThrow();
    expect(await fresh.list('t')).toEqual([]);
  });

  it('policies are frozen', () => {
    expect(Object.isFrozen(policy)).toBe(true);
  });
});
