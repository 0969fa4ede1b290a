import { PGlite } from '@electric-sql/pglite';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileRetentionToSql, type RetentionTableMapping } from './compile-retention-to-sql.js';
import { evaluateRetention, type RetentionRecord } from './evaluate-retention.js';
import type { LegalHold } from './legal-hold.js';
import { defineRetentionPolicy, type RetentionPolicy } from './retention-policy.js';
import { RETENTION_ACTIONS, type RetentionAction, type RetentionRule } from './retention-rule.js';
import { retentionTemplate } from './retention-template.js';

const citation = { law: 'Test policy', article: '§1', confidence: 'unverified' as const };
const rule = (id: string, patch: Partial<RetentionRule>): RetentionRule => ({
  id,
  scope: { category: 'crm' },
  basis: 'contract',
  citation,
  trigger: { event: 'collected' },
  stages: [{ after: 'P1Y', action: 'delete' }],
  ...patch,
});

// Every precedence step, both anchors, month and day durations, locks and holds.
const rules: RetentionRule[] = [
  rule('any-90d', { scope: { category: '*' }, stages: [{ after: 'P3M', action: 'delete' }] }),
  retentionTemplate('host-server-logs-14d'),
  retentionTemplate('planfix-account-lifecycle'),
  rule('invoice-10y', {
    scope: { category: 'invoice' },
    basis: 'legal-obligation',
    trigger: { event: 'collected', anchor: 'end-of-calendar-year' },
    minimum: 'P10Y',
    stages: [
      { after: 'P1M', action: 'restrict' },
      { after: 'P10Y', action: 'delete' },
    ],
  }),
  rule('crm-1y', {}),
  rule('crm-closed-3m', {
    trigger: { event: 'account-closed' },
    stages: [{ after: 'P3M', action: 'delete' }],
  }),
  rule('crm-tax-6y', {
    basis: 'legal-obligation',
    minimum: 'P6Y',
    trigger: { event: 'contract-ended', anchor: 'end-of-calendar-year' },
    stages: [{ after: 'P6Y', action: 'review' }],
  }),
  rule('crm-t1-6m', {
    scope: { category: 'crm', tenant: 't1' },
    trigger: { event: 'contract-ended' },
    stages: [
      { after: 'P1M', action: 'notify' },
      { after: 'P6M', action: 'anonymize' },
    ],
  }),
  rule('crm-marketing', {
    scope: { category: 'crm', purpose: 'marketing' },
    trigger: { event: 'consent-withdrawn' },
    stages: [{ after: 'P1M', action: 'delete' }],
  }),
  rule('audit-locked-2y', {
    scope: { category: 'audit' },
    locked: true,
    stages: [
      { after: 'P1Y', action: 'isolate' },
      { after: 'P2Y', action: 'purge' },
    ],
  }),
  // Ties with audit-locked-2y on every record: the earlier rule must win in SQL too.
  rule('audit-tie-2y', {
    scope: { category: 'audit' },
    stages: [{ after: 'P2Y', action: 'delete' }],
  }),
  rule('audit-support-1y', {
    scope: { category: 'audit', purpose: 'support' },
    stages: [{ after: 'P1Y', action: 'delete' }],
  }),
];

const holds: LegalHold[] = [
  { id: 'subject-hold', scope: { subject: 'p-3' }, placedAt: '2020-01-01', reason: 'claim' },
  {
    id: 'tenant-logs',
    scope: { tenant: 't2', category: 'server-log' },
    placedAt: '2020-01-01',
    reason: 'audit',
  },
  {
    id: 'dsr',
    scope: { subject: 'p-5', dsrRequestId: 'req-1' },
    placedAt: '2020-01-01',
    reason: 'dispute',
  },
  {
    id: 'released',
    scope: { tenant: 't3' },
    placedAt: '2020-01-01',
    releasedAt: '2021-01-01',
    reason: 'over',
  },
];

const EVENTS = [
  'collected',
  'last-activity',
  'account-closed',
  'consent-withdrawn',
  'contract-ended',
] as const;
const mapping: RetentionTableMapping = {
  table: 'records',
  columns: {
    id: 'id',
    category: 'category',
    purpose: 'purpose',
    tenant: 'tenant',
    subject: 'subject',
    stageReached: 'stage_reached',
    events: {
      collected: 'collected',
      'last-activity': 'last_activity',
      'account-closed': 'account_closed',
      'consent-withdrawn': 'consent_withdrawn',
      'contract-ended': 'contract_ended',
    },
  },
};

const DAY = 86_400_000;
const AT = Date.parse('2031-06-15T10:30:00Z');
// Offsets near the periods in the policy, so boundaries are hit to the millisecond.
const PERIOD_DAYS = [
  14, 15, 23, 24, 30, 31, 60, 61, 90, 92, 180, 240, 241, 365, 366, 730, 2190, 3650,
];

const instant = fc.oneof(
  fc.integer({ min: AT - 12 * 366 * DAY, max: AT + 30 * DAY }),
  fc
    .tuple(fc.constantFrom(...PERIOD_DAYS), fc.integer({ min: -2 * DAY, max: 2 * DAY }))
    .map(([days, jitter]) => AT - days * DAY + jitter),
);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 3 });

const recordArbitrary = fc.record({
  category: fc.constantFrom('server-log', 'account', 'invoice', 'crm', 'audit', 'other'),
  purpose: maybe(fc.constantFrom('marketing', 'support')),
  tenant: maybe(fc.constantFrom('t1', 't2', 't3')),
  subject: maybe(fc.constantFrom('p-1', 'p-3', 'p-5', 'p-8')),
  stageReached: maybe(fc.constantFrom<RetentionAction>(...RETENTION_ACTIONS)),
  events: fc.tuple(...EVENTS.map(() => fc.option(instant, { nil: null, freq: 4 }))),
});

type Generated = typeof recordArbitrary extends fc.Arbitrary<infer T> ? T : never;

function toRecord(generated: Generated, index: number): RetentionRecord {
  const events: Record<string, Date | null> = {};
  EVENTS.forEach((event, position) => {
    const value = generated.events[position];
    events[event] = value === null || value === undefined ? null : new Date(value);
  });
  return {
    id: `r${index}`,
    category: generated.category,
    ...(generated.purpose === undefined ? {} : { purpose: generated.purpose }),
    ...(generated.tenant === undefined ? {} : { tenant: generated.tenant }),
    ...(generated.subject === undefined ? {} : { subject: generated.subject }),
    ...(generated.stageReached === undefined ? {} : { stageReached: generated.stageReached }),
    events,
  };
}

let db: PGlite;

beforeAll(async () => {
  db = new PGlite();
  await db.exec(`CREATE TABLE records (
    id text PRIMARY KEY, category text NOT NULL, purpose text, tenant text, subject text, stage_reached text,
    collected timestamptz, last_activity timestamptz, account_closed timestamptz,
    consent_withdrawn timestamptz, contract_ended timestamptz)`);
  // Starting the WASM database can take a while on a loaded machine.
}, 60_000);

afterAll(async () => {
  await db.close();
});

async function load(records: readonly RetentionRecord[]): Promise<void> {
  await db.exec('TRUNCATE records');
  const column = (pick: (record: RetentionRecord) => unknown) =>
    records.map((record) => pick(record) ?? null);
  const time = (event: string) =>
    column((record) => (record.events[event] as Date | null)?.toISOString() ?? null);
  await db.query(
    `INSERT INTO records SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
      $7::timestamptz[], $8::timestamptz[], $9::timestamptz[], $10::timestamptz[], $11::timestamptz[])`,
    [
      column((record) => record.id),
      column((record) => record.category),
      column((record) => record.purpose),
      column((record) => record.tenant),
      column((record) => record.subject),
      column((record) => record.stageReached),
      ...EVENTS.map(time),
    ],
  );
}

async function compare(policy: RetentionPolicy, records: readonly RetentionRecord[], at: Date) {
  const inMemory = new Map<string, string>();
  for (const record of records) {
    const decision = evaluateRetention(policy, record, { at });
    if (decision.action !== null)
      inMemory.set(record.id, `${decision.action.ruleId}#${decision.action.stageIndex}`);
  }
  const inSql = new Map<string, string>();
  for (const statement of compileRetentionToSql(policy, mapping, { at }).statements) {
    const result = await db.query<{ id: string }>(statement.sql, [...statement.params]);
    for (const row of result.rows) {
      expect(inSql.has(row.id), `row ${row.id} selected twice`).toBe(false);
      inSql.set(row.id, `${statement.ruleId}#${statement.stageIndex}`);
    }
  }
  return { inMemory, inSql };
}

describe('compiled SQL and in-memory evaluation agree (PGlite)', () => {
  for (const timeZone of ['UTC', 'Europe/Berlin']) {
    it(`on 10,000 generated records, ${timeZone}`, async () => {
      const policy = defineRetentionPolicy({ rules, holds, timeZone });
      await fc.assert(
        // The records come from a seed, so a failure prints the seed, not 10,000 records.
        fc.asyncProperty(
          fc.noShrink(fc.integer()),
          fc.integer({ min: -3 * DAY, max: 3 * DAY }),
          async (seed, shift) => {
            const generated = fc.sample(recordArbitrary, { numRuns: 10_000, seed });
            const records = generated.map(toRecord);
            await load(records);
            const { inMemory, inSql } = await compare(policy, records, new Date(AT + shift));
            const differences = [...new Set([...inMemory.keys(), ...inSql.keys()])]
              .filter((id) => inMemory.get(id) !== inSql.get(id))
              .slice(0, 5)
              .map((id) => ({ id, memory: inMemory.get(id), sql: inSql.get(id) }));
            expect(differences).toEqual([]);
            // Not vacuous: many rows due, across most stages.
            expect(inMemory.size).toBeGreaterThan(1000);
            expect(new Set(inMemory.values()).size).toBeGreaterThan(12);
          },
        ),
        { numRuns: 2, endOnFailure: true, seed: timeZone === 'UTC' ? 20_260_101 : 20_260_102 },
      );
    }, 120_000);
  }

  it('a holds table gives the same answer as the same holds in memory', async () => {
    const policy = defineRetentionPolicy({ rules, holds });
    const at = new Date(AT);
    const tableHolds: LegalHold[] = [
      {
        id: 'a',
        scope: { subject: 'p-1' },
        placedAt: new Date(AT - 400 * DAY),
        releasedAt: new Date(AT - DAY),
        reason: 'over',
      },
      {
        id: 'b',
        scope: { tenant: 't1', category: 'crm' },
        placedAt: new Date(AT - 30 * DAY),
        reason: 'audit',
      },
      { id: 'c', scope: { category: 'audit' }, placedAt: new Date(AT - 1), reason: 'inquiry' },
      {
        id: 'd',
        scope: { subject: 'p-8', tenant: 't3' },
        placedAt: new Date(AT + 1),
        reason: 'not yet',
      },
      {
        id: 'e',
        scope: { subject: 'p-8', tenant: 't2', category: 'account' },
        placedAt: new Date(AT - DAY),
        reason: 'claim',
      },
    ];
    await db.exec(
      `CREATE TABLE holds (subject text, tenant text, category text, placed_at timestamptz NOT NULL, released_at timestamptz)`,
    );
    for (const hold of tableHolds) {
      await db.query('INSERT INTO holds VALUES ($1, $2, $3, $4, $5)', [
        hold.scope.subject ?? null,
        hold.scope.tenant ?? null,
        hold.scope.category ?? null,
        (hold.placedAt as Date).toISOString(),
        hold.releasedAt === undefined ? null : (hold.releasedAt as Date).toISOString(),
      ]);
    }
    const records = fc.sample(recordArbitrary, { numRuns: 10_000, seed: 11 }).map(toRecord);
    await load(records);
    const expected = new Map<string, string>();
    let withheld = 0;
    for (const record of records) {
      const decision = evaluateRetention(policy, record, { at, holds: tableHolds });
      if (decision.action !== null)
        expected.set(record.id, `${decision.action.ruleId}#${decision.action.stageIndex}`);
      if (decision.outcome === 'blocked' && decision.holdIds.some((id) => 'abcde'.includes(id)))
        withheld++;
    }
    const holdsTable = {
      table: 'holds',
      columns: {
        subject: 'subject',
        tenant: 'tenant',
        category: 'category',
        placedAt: 'placed_at',
        releasedAt: 'released_at',
      },
    };
    const actual = new Map<string, string>();
    for (const statement of compileRetentionToSql(policy, { ...mapping, holdsTable }, { at })
      .statements) {
      for (const row of (await db.query<{ id: string }>(statement.sql, [...statement.params]))
        .rows) {
        actual.set(row.id, `${statement.ruleId}#${statement.stageIndex}`);
      }
    }
    expect(actual).toEqual(expected);
    expect(withheld).toBeGreaterThan(50);
  }, 120_000);

  it('date columns give the same answer', async () => {
    const policy = defineRetentionPolicy({ rules, holds });
    const generated = fc.sample(recordArbitrary, { numRuns: 2000, seed: 7 });
    const records = generated.map(toRecord).map((record) => ({
      ...record,
      events: Object.fromEntries(
        Object.entries(record.events).map(([key, value]) => [
          key,
          value instanceof Date ? value.toISOString().slice(0, 10) : null,
        ]),
      ),
    }));
    await db.exec(`CREATE TABLE dated (LIKE records)`);
    await db.exec(`ALTER TABLE dated ALTER collected TYPE date, ALTER last_activity TYPE date,
      ALTER account_closed TYPE date, ALTER consent_withdrawn TYPE date, ALTER contract_ended TYPE date`);
    for (const record of records) {
      await db.query('INSERT INTO dated VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)', [
        record.id,
        record.category,
        record.purpose ?? null,
        record.tenant ?? null,
        record.subject ?? null,
        record.stageReached ?? null,
        ...EVENTS.map((event) => record.events[event] ?? null),
      ]);
    }
    const at = new Date(AT);
    const expected = new Map<string, string>();
    for (const record of records) {
      const decision = evaluateRetention(policy, record, { at });
      if (decision.action !== null)
        expected.set(record.id, `${decision.action.ruleId}#${decision.action.stageIndex}`);
    }
    const actual = new Map<string, string>();
    for (const statement of compileRetentionToSql(
      policy,
      { ...mapping, table: 'dated', eventColumnType: 'date' },
      { at },
    ).statements) {
      for (const row of (await db.query<{ id: string }>(statement.sql, [...statement.params]))
        .rows) {
        actual.set(row.id, `${statement.ruleId}#${statement.stageIndex}`);
      }
    }
    expect(actual).toEqual(expected);
    expect(expected.size).toBeGreaterThan(200);
  }, 120_000);
});
