// @pledge/postgres: batched consent-ledger append through the store (head lock, SHA-256 chain
// links, one multi-row INSERT per batch, head update, NOTIFY, commit) against a raw multi-row
// INSERT of the same rows (same columns and types, same batch size, hashes precomputed) into a
// plain table in the same schema, measured in the same run. PostgreSQL server at PLEDGE_PG_URL
// (rows skipped with a notice when it does not answer); PGlite beside it for information.
import { PGlite } from '@electric-sql/pglite';
import { canonicalJson, EMPTY_CHAIN_HEAD, linkHashOfCanonical } from '@pledge/core';
import { createPostgresStores } from '@pledge/postgres';
import pg from 'pg';
import { formatRate } from '../lib/measure.mjs';

const BATCH = 500;
const TARGET_RATE = 20_000;
const MAX_SLOWDOWN = 2;

function makeRows(count) {
  const rows = [];
  let prevHash = EMPTY_CHAIN_HEAD.hash;
  for (let i = 0; i < count; i++) {
    const subjectRef = `ref-${(i % 5000).toString(16).padStart(8, '0')}`;
    const canonicalBody = canonicalJson({
      id: `e-${i}`,
      kind: 'choice',
      subjectRef,
      purposes: { analytics: i % 3 ? 'granted' : 'denied', marketing: 'denied' },
      policyVersion: '2026-01',
      recordedAt: '2026-01-15T09:00:00.000Z',
      jurisdiction: 'DE',
      source: 'banner',
    });
    const hash = linkHashOfCanonical(i + 1, prevHash, canonicalBody);
    rows.push({ seq: i + 1, prevHash, hash, subjectRef, canonicalBody });
    prevHash = hash;
  }
  return rows;
}

/** Events per second of each side: median of `rounds`, alternating sides, each on a fresh tenant. */
async function rates(rounds, count, sides) {
  const measured = Object.fromEntries(Object.keys(sides).map((side) => [side, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [side, once] of Object.entries(sides)) {
      const started = performance.now();
      await once(`bench-${side}-${round}-${Date.now().toString(36)}`);
      measured[side].push(count / ((performance.now() - started) / 1000));
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return Object.fromEntries(
    Object.entries(measured).map(([side, values]) => [side, median(values)]),
  );
}

async function measure(client, schema, rows, rounds) {
  const stores = createPostgresStores({ client, schema });
  await stores.migrate();
  await client.query(
    `CREATE TABLE "${schema}".raw_events (tenant text NOT NULL, seq bigint NOT NULL,
       prev_hash text NOT NULL, hash text NOT NULL, subject_ref text NOT NULL,
       canonical_body text NOT NULL, PRIMARY KEY (tenant, seq))`,
  );
  const batches = [];
  for (let start = 0; start < rows.length; start += BATCH)
    batches.push(rows.slice(start, start + BATCH));
  const appends = batches.map((batch) =>
    batch.map(({ subjectRef, canonicalBody }) => ({ subjectRef, canonicalBody })),
  );
  // Warm both paths (connections, plans, JIT) before timing.
  await stores.consent.append('warm-up', appends[0]);
  const raw = async (tenant) => {
    for (const batch of batches) {
      await client.query(
        `INSERT INTO "${schema}".raw_events (tenant, seq, prev_hash, hash, subject_ref, canonical_body)
         SELECT $1, * FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[])`,
        [
          tenant,
          batch.map((row) => row.seq),
          batch.map((row) => row.prevHash),
          batch.map((row) => row.hash),
          batch.map((row) => row.subjectRef),
          batch.map((row) => row.canonicalBody),
        ],
      );
    }
  };
  await raw('warm-up');
  const ledger = async (tenant) => {
    for (const batch of appends) await stores.consent.append(tenant, batch);
  };
  // Alternate, so drift in the machine's load hits both sides alike.
  const { raw: rawRate, ours: oursRate } = await rates(rounds, rows.length, { raw, ours: ledger });
  return { oursRate, rawRate };
}

async function serverReachable(url) {
  const pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 2000 });
  pool.on('error', () => {});
  try {
    await pool.query('SELECT 1');
    return pool;
  } catch {
    await pool.end().catch(() => {});
    return undefined;
  }
}

export async function run({ quick }) {
  const count = quick ? 20_000 : 100_000;
  const rounds = quick ? 1 : 3;
  const rows = makeRows(count);
  const schema = `pledge_bench_${Date.now().toString(36)}`;
  const results = [];

  const url = process.env.PLEDGE_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const pool = await serverReachable(url);
  if (pool === undefined) {
    console.error(
      '[pledge] NOTICE: PostgreSQL is unreachable at PLEDGE_PG_URL; server rows skipped.',
    );
    results.push({
      id: 'postgres-append',
      figure: `PostgreSQL: batched ledger append (${BATCH}/batch)`,
      ours: 'skipped: no server reachable at PLEDGE_PG_URL',
      target: `≥ ${formatRate(TARGET_RATE)}, ≤ ${MAX_SLOWDOWN}× raw time`,
      skipped: 'postgresql',
      kind: 'time',
    });
  } else {
    try {
      const { oursRate, rawRate } = await measure(pool, schema, rows, rounds);
      results.push({
        id: 'postgres-append',
        figure: `PostgreSQL: batched ledger append (${BATCH}/batch, ${count.toLocaleString('en')} events)`,
        ours: formatRate(oursRate),
        baseline: `${formatRate(rawRate)} raw multi-row INSERT`,
        ratio: (oursRate / rawRate).toFixed(2),
        target: `≥ ${formatRate(TARGET_RATE)}, ≥ ${(1 / MAX_SLOWDOWN).toFixed(2)}× raw (≤ ${MAX_SLOWDOWN}× its time)`,
        pass: oursRate >= TARGET_RATE && oursRate * MAX_SLOWDOWN >= rawRate,
        kind: 'time',
      });
    } finally {
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool.end();
    }
  }

  const lite = new PGlite();
  try {
    const { oursRate, rawRate } = await measure(lite, schema, rows, rounds);
    results.push({
      figure: `PGlite (in memory): batched ledger append (${BATCH}/batch, ${count.toLocaleString('en')} events)`,
      ours: formatRate(oursRate),
      baseline: `${formatRate(rawRate)} raw multi-row INSERT`,
      ratio: (oursRate / rawRate).toFixed(2),
      target: 'info',
      kind: 'time',
    });
  } finally {
    await lite.close();
  }
  return results;
}
