import { createSimulatedClock } from '@pledge/core';
import { describeFuzz } from '../../../test-support/fuzz.js';
import { retentionStoreFuzzTargets } from '../../../test-support/store-fuzz-targets.js';
import * as retention from './index.js';

const rules = () => [
  retention.retentionTemplate('host-server-logs-14d'),
  retention.retentionTemplate('de-books-records-10y', { scope: { category: 'invoice' } }),
];
const policy = () =>
  retention.defineRetentionPolicy({ rules: rules() as never, timeZone: 'Europe/Berlin' });
const record = () => ({
  id: 'l-1',
  category: 'server-log',
  subject: 's-1',
  events: { collected: '2026-03-01T10:00:00Z' },
});
const mapping = () => ({
  table: 'logs',
  columns: { id: 'id', category: 'category', events: { collected: 'created_at' } },
});
const store = retention.createMemoryRetentionEvidenceStore();
const clock = createSimulatedClock('2026-03-16T00:00:00Z');
const evidence = async () => (await store.list('fuzz')).length;

const evidenceSeed = await retention.recordAction(
  { store, clock },
  {
    tenant: 'fuzz',
    ruleId: 'host-server-logs-14d',
    action: 'delete',
    rows: 1,
    idempotencyKey: 'k-seed',
  },
);

describeFuzz({
  name: '@pledge/retention',
  entry: retention,
  targets: {
    defineRetentionPolicy: { seed: () => [{ rules: rules(), timeZone: 'Europe/Berlin' }] },
    evaluateRetention: { seed: () => [policy(), record(), { at: '2026-03-16T00:00:00Z' }] },
    planRetention: {
      seed: () => [
        policy(),
        [
          record(),
          { ...record(), id: 'i-1', category: 'invoice', events: { issued: '2016-01-01' } },
        ],
        { at: '2026-03-16', mode: 'live' },
      ],
    },
    compileRetentionToSql: { seed: () => [policy(), mapping(), { at: '2026-03-16' }] },
    lintRetentionPolicy: { seed: () => [policy(), { previous: policy() }] },
    retentionExemptions: {
      seed: () => [policy(), { subject: 's-1', records: [record()], at: '2026-03-16' }],
    },
    retentionTemplate: {
      seed: () => ['host-server-logs-14d', { scope: { category: 'access-log' } }],
    },
    recordAction: {
      seed: () => [
        { store, clock },
        { tenant: 'fuzz', ruleId: 'host-server-logs-14d', action: 'delete', rows: 3, mode: 'live' },
      ],
      state: evidence,
    },
    verifyRetentionEvidence: { seed: () => [store, 'fuzz'] },
    ...retentionStoreFuzzTargets(store, evidenceSeed),
  },
});
