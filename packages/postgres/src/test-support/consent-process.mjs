// A separate app instance for the multi-process tests. It imports the built packages, as a
// host would. Modes:
//   watch  <schema> <tenant>  sync, watch, print {"ready":true}, then {"allowedAt":ms} when
//                             `check` allows analytics for subject p-1
//   record <schema> <tenant>  record a grant for p-1 and print {"startedAt":ms,"committedAt":ms}
import { createConsentLedger } from '@pledge/consent';
import { createPostgresStores, watchConsentChanges } from '@pledge/postgres';
import pg from 'pg';

const [mode, schema, tenant] = process.argv.slice(2);
const pool = new pg.Pool({
  connectionString: process.env.PLEDGE_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  max: 4,
});
pool.on('error', () => {});
const stores = createPostgresStores({ client: pool, schema });
const ledger = createConsentLedger({
  store: stores.consent,
  keys: stores.subjectKeys,
  secret: new Uint8Array(32).fill(7),
  tenant,
  purposes: [{ id: 'analytics', legalBasis: 'consent' }],
  policy: { versions: [{ id: '2026-01', effectiveFrom: '2026-01-01', material: true }] },
});
const print = (value) => process.stdout.write(`${JSON.stringify(value)}\n`);

const grant = (forTenant) =>
  ledger.record({
    tenant: forTenant,
    subject: 'p-1',
    purposes: { analytics: 'granted' },
    policyVersion: '2026-01',
    jurisdiction: 'DE',
    source: 'banner',
  });

if (mode === 'record') {
  // Warm up like a live instance (connection, migration check, code paths) on another tenant.
  await grant(`${tenant}-warm-a`);
  const startedAt = performance.timeOrigin + performance.now();
  await ledger.record({
    subject: 'p-1',
    purposes: { analytics: 'granted' },
    policyVersion: '2026-01',
    jurisdiction: 'DE',
    source: 'banner',
  });
  // The commit happened between these two instants.
  print({ startedAt, committedAt: performance.timeOrigin + performance.now() });
  await pool.end();
} else if (mode === 'watch') {
  // A running instance has served requests before: warm the record, sync and check paths on
  // a tenant of its own, so the measurement is of a live instance, not of a cold start.
  const warmTenant = `${tenant}-warm-b`;
  await grant(warmTenant);
  await ledger.sync({ tenant: warmTenant });
  ledger.check({ tenant: warmTenant, subject: 'p-1', purpose: 'analytics' });
  await ledger.sync();
  const allowed = () => ledger.check({ subject: 'p-1', purpose: 'analytics' }).outcome === 'allow';
  if (allowed()) throw new Error('allowed before any grant');
  const watch = await watchConsentChanges({
    client: pool,
    schema,
    onChange: async (changed) => {
      if (changed !== tenant) return;
      const notifiedAt = performance.timeOrigin + performance.now();
      await ledger.sync({ tenant: changed });
      if (!allowed()) return;
      print({ notifiedAt, allowedAt: performance.timeOrigin + performance.now() });
      await watch.stop();
      await pool.end();
    },
  });
  print({ ready: true });
} else {
  throw new Error(`unknown mode ${mode}`);
}
