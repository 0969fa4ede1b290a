// @pledge/retention: evaluateRetention throughput against a hand-written loop doing the same date
// arithmetic on the same records, and a compiled SQL sweep against a hand-written DELETE … WHERE
// with the same predicate, on PostgreSQL (PLEDGE_PG_URL) and on PGlite. Plus bundle sizes.
import { PGlite } from '@electric-sql/pglite';
import {
  compileRetentionToSql,
  defineRetentionPolicy,
  evaluateRetention,
  retentionTemplate,
} from '@pledge/retention';
import pg from 'pg';
import { formatBytes, formatRate, gzipBundleSize, opsPerSecond } from '../lib/measure.mjs';

const DAY = 86_400_000;
const AT = new Date('2026-03-01T12:00:00Z');

function evaluationRows(quick) {
  const count = quick ? 200_000 : 1_000_000;
  const policy = defineRetentionPolicy({
    rules: [
      retentionTemplate('host-server-logs-14d'),
      retentionTemplate('planfix-account-lifecycle'),
      retentionTemplate('de-buchungsbelege-8y', { scope: { category: 'invoice' } }),
    ],
  });
  const categories = ['server-log', 'server-log', 'server-log', 'account', 'invoice'];
  const records = Array.from({ length: count }, (_, i) => {
    const category = categories[i % categories.length];
    const event = new Date(AT.getTime() - (i % 3000) * DAY - (i % 86_400) * 1000);
    return {
      id: `r${i}`,
      category,
      events: category === 'account' ? { 'last-activity': event } : { collected: event },
    };
  });

  // Baseline: the same decisions hand-coded for this policy (stage due from the start of the
  // day after anchor + period), with the same month and end-of-year arithmetic, no engine.
  const atDay = Math.floor(AT.getTime() / DAY);
  const ACCOUNT = [
    [24, 'notify'],
    [31, 'freeze'],
    [61, 'delete'],
    [241, 'purge'],
  ];
  const handWritten = (record) => {
    if (record.category === 'server-log') {
      const day = Math.floor(record.events.collected.getTime() / DAY);
      return day + 15 <= atDay
        ? { id: record.id, action: 'delete', dueDay: day + 15 }
        : { id: record.id, action: null, dueDay: day + 15 };
    }
    if (record.category === 'account') {
      const day = Math.floor(record.events['last-activity'].getTime() / DAY);
      for (let index = ACCOUNT.length - 1; index >= 0; index--) {
        const [after, action] = ACCOUNT[index];
        if (day + after <= atDay) return { id: record.id, action, dueDay: day + after };
      }
      return { id: record.id, action: null, dueDay: day + 24 };
    }
    const year = new Date(record.events.collected.getTime()).getUTCFullYear();
    const dueDay = Math.floor(Date.UTC(year + 8, 11, 31) / DAY) + 1;
    return { id: record.id, action: dueDay <= atDay ? 'review' : null, dueDay };
  };

  // Same answers, or the comparison is meaningless.
  for (let i = 0; i < 5_000; i++) {
    const ours = evaluateRetention(policy, records[i], { at: AT });
    const theirs = handWritten(records[i]);
    if ((ours.action?.action ?? null) !== theirs.action)
      throw new Error(`baseline disagrees on record ${i}`);
  }
  const options = { at: AT };
  const warmup = Math.min(count, 300_000);
  let sink = 0;
  const baseline = opsPerSecond(
    (i) => {
      sink += handWritten(records[i % count]).dueDay;
    },
    { iterations: count, rounds: 5, warmup },
  );
  const ours = opsPerSecond(
    (i) => {
      if (evaluateRetention(policy, records[i % count], options).action !== null) sink++;
    },
    { iterations: count, rounds: 5, warmup },
  );
  if (sink === -1) console.log(sink);
  return {
    figure: `evaluateRetention, ${count.toLocaleString('en')} mixed records (logs, accounts, vouchers), one core`,
    ours: formatRate(ours),
    baseline: `${formatRate(baseline)} hand-written loop`,
    ratio: (ours / baseline).toFixed(2),
    target: '≥ 1.00 M/s',
    pass: ours >= 1_000_000,
    kind: 'time',
  };
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
      figure,
      ours: 'skipped',
      baseline: 'no server reachable',
      target: '≤ 1.5× hand-written',
      kind: 'time',
    };
  }
  const schema = `pledge_bench_${Math.random().toString(16).slice(2, 10)}`;
  try {
    await client.query(`CREATE SCHEMA ${schema}`);
    const result = await sweep((sql, params) => client.query(sql, params), `${schema}.logs`, rows);
    const ratio = result.ours / result.baseline;
    return {
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
  const rows = [evaluationRows(quick)];
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
