// @pledge/retention: evaluateRetention throughput against a hand-written loop doing the same date
// arithmetic on the same records (lib/retention-fixture.mjs) at 10^4, 10^5 and 10^6 records,
// each in its own process with its memory per record; a compiled SQL sweep against a
// hand-written DELETE … WHERE with the same predicate, on PostgreSQL (PLEDGE_PG_URL, in a schema
// of its own dropped afterwards) and on PGlite; bundle sizes.
import { PGlite } from '@electric-sql/pglite';
import { compileRetentionToSql, defineRetentionPolicy, retentionTemplate } from '@pledge/retention';
import pg from 'pg';
import { formatBytes, formatRate, gzipBundleSize, runChild } from '../lib/measure.mjs';
import { AT } from '../lib/retention-fixture.mjs';

/** evaluateRetention against the hand-written loop at 10^4, 10^5 (and 10^6) records. */
async function evaluationRows(quick) {
  const sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
  const rows = [];
  for (const count of sizes) {
    const point = await runChild('scale-worker.mjs', [
      'retention',
      String(count),
      quick ? 300 : 900,
    ]);
    rows.push(
      {
        id: 'retention-evaluate',
        figure: `evaluateRetention, ${count.toLocaleString('en')} mixed records (logs, accounts, vouchers), one core`,
        ours: formatRate(point.ours.rate),
        baseline: `${formatRate(point.baseline.rate)} hand-written loop`,
        ratio: (point.ours.rate / point.baseline.rate).toFixed(2),
        target: '≥ 1.00 M/s',
        pass: point.ours.rate >= 1_000_000,
        kind: 'time',
        stats: { ours: point.ours, baseline: point.baseline },
      },
      {
        figure: `memory per record, ${count.toLocaleString('en')} records: held (during evaluation)`,
        ours: `heap ${formatBytes(Math.round(point.records.heapUsed / count))} (${formatBytes(Math.round(point.evaluation.heapUsed / count))})`,
        baseline: `RSS Δ ${formatBytes(Math.round(point.records.rss / count))} (${formatBytes(Math.round(point.evaluation.rss / count))})`,
        target: 'info',
        kind: 'memory',
        stats: { records: point.records, evaluation: point.evaluation },
      },
    );
  }
  return rows;
}

const logPolicy = () =>
  defineRetentionPolicy({ rules: [retentionTemplate('host-server-logs-14d')] });

/** Times `DELETE` statements inside rolled-back transactions, alternating ours and the baseline. */
async function sweep(query, table, rows) {
  await query(
    `CREATE TABLE ${table} (id bigint PRIMARY KEY, category text NOT NULL, collected timestamptz NOT NULL)`,
  );
  await query(
    `INSERT INTO ${table} SELECT g, CASE WHEN g % 4 = 0 THEN 'audit' ELSE 'server-log' END,
       $1::timestamptz - (g % 30) * interval '1 day' - (g % 86400) * interval '1 second'
     FROM generate_series(1, ${rows}) g`,
    [AT.toISOString()],
  );
  await query(`CREATE INDEX ON ${table} (category, collected)`);
  await query(`ANALYZE ${table}`);
  const [schema, name] = table.split('.').map((part) => part.replaceAll('"', ''));
  const statement = compileRetentionToSql(
    logPolicy(),
    {
      ...(name === undefined ? { table: schema } : { schema, table: name }),
      columns: { id: 'id', category: 'category', events: { collected: 'collected' } },
    },
    { at: AT },
  ).statements[0];
  // The same predicate, written by hand: logs collected before the start of 14 February.
  const threshold = new Date(Date.UTC(2026, 1, 15)).toISOString();
  const handWritten = [
    `DELETE FROM ${table} WHERE category = 'server-log' AND collected < $1::timestamptz`,
    [threshold],
  ];
  const compiled = [`DELETE FROM ${table} WHERE ${statement.where}`, [...statement.params]];
  const times = { ours: [], baseline: [] };
  const deleted = { ours: 0, baseline: 0 };
  for (let round = 0; round < 6; round++) {
    for (const [label, [sql, params]] of round % 2 === 0
      ? [
          ['baseline', handWritten],
          ['ours', compiled],
        ]
      : [
          ['ours', compiled],
          ['baseline', handWritten],
        ]) {
      await query('BEGIN');
      const start = performance.now();
      const result = await query(sql, params);
      times[label].push(performance.now() - start);
      deleted[label] = result.rowCount ?? result.affectedRows ?? 0;
      await query('ROLLBACK');
      // Clear the aborted deletes' dead-tuple state so every round starts alike.
      await query(`VACUUM ${table}`);
    }
  }
  if (deleted.ours !== deleted.baseline || deleted.ours === 0) {
    throw new Error(
      `sweep mismatch: compiled deleted ${deleted.ours}, hand-written ${deleted.baseline}`,
    );
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { ours: median(times.ours), baseline: median(times.baseline), deleted: deleted.ours };
}

async function postgresRow(rows) {
  const url = process.env.PLEDGE_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const figure = `SQL sweep, ${rows.toLocaleString('en')} rows, PostgreSQL`;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
  } catch {
    console.error(
      `  retention: NOTICE no PostgreSQL at PLEDGE_PG_URL (${url.replace(/\/\/[^@]*@/, '//…@')}); sweep skipped`,
    );
    return {
      id: 'retention-sweep',
      figure,
      ours: 'skipped: no server reachable at PLEDGE_PG_URL',
      target: '≤ 1.5× hand-written',
      skipped: 'postgresql',
      kind: 'time',
    };
  }
  const schema = `pledge_bench_${Math.random().toString(16).slice(2, 10)}`;
  try {
    await client.query(`CREATE SCHEMA ${schema}`);
    const result = await sweep((sql, params) => client.query(sql, params), `${schema}.logs`, rows);
    const ratio = result.ours / result.baseline;
    return {
      id: 'retention-sweep',
      figure,
      ours: `${result.ours.toFixed(0)} ms (${result.deleted.toLocaleString('en')} rows)`,
      baseline: `${result.baseline.toFixed(0)} ms hand-written DELETE`,
      ratio: ratio.toFixed(2),
      target: '≤ 1.5× hand-written',
      pass: ratio <= 1.5,
      kind: 'time',
    };
  } finally {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  }
}

async function pgliteRow(rows) {
  const db = new PGlite();
  try {
    const result = await sweep(
      async (sql, params) => {
        const out = await db.query(sql, params);
        return { rowCount: out.affectedRows };
      },
      'logs',
      rows,
    );
    return {
      figure: `SQL sweep, ${rows.toLocaleString('en')} rows, PGlite (in-process)`,
      ours: `${result.ours.toFixed(0)} ms (${result.deleted.toLocaleString('en')} rows)`,
      baseline: `${result.baseline.toFixed(0)} ms hand-written DELETE`,
      ratio: (result.ours / result.baseline).toFixed(2),
      target: 'info',
      kind: 'time',
    };
  } finally {
    await db.close();
  }
}

export async function run({ quick }) {
  const rows = await evaluationRows(quick);
  const sweepRows = quick ? 100_000 : 1_000_000;
  rows.push(await postgresRow(sweepRows));
  rows.push(await pgliteRow(quick ? 100_000 : 200_000));
  const alone = await gzipBundleSize('@pledge/retention', { external: ['@pledge/core', 'zod'] });
  const withCore = await gzipBundleSize('@pledge/retention');
  rows.push(
    {
      figure: '@pledge/retention browser bundle (all exports, core and zod external, gzip)',
      ours: formatBytes(alone.gzip),
      baseline: `${formatBytes(alone.raw)} minified`,
      target: '≤ 16 kB',
      pass: alone.gzip <= 16 * 1024,
      kind: 'size',
    },
    {
      figure: '@pledge/retention browser bundle with core and zod bundled (gzip)',
      ours: formatBytes(withCore.gzip),
      baseline: `${formatBytes(withCore.raw)} minified`,
      target: 'info',
      kind: 'size',
    },
  );
  return rows;
}
