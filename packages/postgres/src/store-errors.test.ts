// Infrastructure failures surface as typed errors and never as a partial write: a bad
// connection string, a schema that was never migrated, a server that goes away mid-append.
import { PGlite } from '@electric-sql/pglite';
import { ConflictError, canonicalJson, StoreUnavailableError } from '@pledge/core';
import { uniqueSchema, uniqueTenant } from '@pledge/testkit';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createPostgresStores, watchConsentChanges } from './index.js';
import { createTestPool, postgres, serverStores } from './test-support/test-databases.js';

const event = (n: number) => ({ subjectRef: 's', canonicalBody: canonicalJson({ n }) });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('expected a rejection'),
    (error: unknown) => error,
  );
}

describe('a connection that cannot be made', () => {
  const cases: [name: string, connectionString: string][] = [
    ['nothing listens on the port', 'postgres://postgres:hunter2-secret@127.0.0.1:1/test'],
    [
      'the host name does not resolve',
      'postgres://postgres:hunter2-secret@no-such-host.invalid/test',
    ],
    ['the string is not a URL', 'postgres://postgres:hunter2-secret@[not a url/test'],
  ];
  it.each(cases)(
    '%s → StoreUnavailableError connection-failed, no secret in the message',
    async (_name, connectionString) => {
      const pool = new pg.Pool({ connectionString, connectionTimeoutMillis: 2000 });
      pool.on('error', () => {});
      try {
        const stores = createPostgresStores({ client: pool, schema: uniqueSchema() });
        // One at a time: a promise created before its turn could reject unobserved.
        const attempts = [() => stores.migrate(), () => stores.consent.append('t1', [event(1)])];
        for (const attempt of attempts) {
          const error = await rejection(attempt());
          expect(StoreUnavailableError.isInstance(error), String(error)).toBe(true);
          expect((error as StoreUnavailableError).reason).toBe('connection-failed');
          expect((error as Error).message).not.toMatch(/hunter2|postgres:\/\//);
        }
      } finally {
        await pool.end().catch(() => {});
      }
    },
  );
});

describe('a schema that was never migrated', () => {
  it('PGlite: every store method refuses with migration-missing until migrate()', async () => {
    const db = new PGlite();
    try {
      const stores = createPostgresStores({ client: db, schema: 'not_yet' });
      const calls = [
        () => stores.consent.append('t1', [event(1)]),
        () => stores.consent.head('t1'),
        () => stores.consent.readChain('t1'),
        () => stores.consent.readSubject('t1', 's'),
        () => stores.subjectKeys.getKey('t1', 's'),
        () => stores.subjectKeys.getOrCreateKey('t1', 's', () => new Uint8Array(32)),
        () => stores.subjectKeys.destroyKey('t1', 's'),
        () => stores.dsr.get('t1', 'r1'),
        () => stores.dsr.list('t1'),
        () => stores.retentionEvidence.head('t1'),
        () => stores.retentionEvidence.list('t1'),
      ];
      for (const call of calls) {
        const error = await rejection(call());
        expect(StoreUnavailableError.isInstance(error)).toBe(true);
        expect((error as StoreUnavailableError).reason).toBe('migration-missing');
      }
      expect(await stores.migrationStatus()).toEqual({ applied: 0, latest: 3 });
      await stores.migrate();
      await stores.migrate(); // idempotent
      expect(await stores.migrationStatus()).toEqual({ applied: 3, latest: 3 });
      expect((await db.query('SELECT version, name FROM not_yet.pledge_migrations')).rows).toEqual([
        { version: 1, name: 'consent-ledger' },
        { version: 2, name: 'dsr-requests' },
        { version: 3, name: 'retention-evidence' },
      ]);
      expect((await stores.consent.append('t1', [event(1)]))[0]?.seq).toBe(1);
    } finally {
      await db.close();
    }
  });

  it('PGlite: a recorded version behind the code counts as missing', async () => {
    const db = new PGlite();
    try {
      const stores = createPostgresStores({ client: db, schema: 'behind' });
      await stores.migrate();
      await db.query('DELETE FROM behind.pledge_migrations WHERE version = 3');
      const fresh = createPostgresStores({ client: db, schema: 'behind' });
      const error = await rejection(fresh.consent.head('t1'));
      expect((error as StoreUnavailableError).reason).toBe('migration-missing');
    } finally {
      await db.close();
    }
  });
});

describe.skipIf(!postgres.available)('PostgreSQL server failures', () => {
  it('concurrent migrate() from many connections applies each migration once', async () => {
    const pool = createTestPool(6);
    const schema = uniqueSchema();
    try {
      const stores = Array.from({ length: 6 }, () =>
        createPostgresStores({ client: pool, schema }),
      );
      await Promise.all(stores.map((store) => store.migrate()));
      const { rows } = await pool.query(
        `SELECT version FROM "${schema}".pledge_migrations ORDER BY version`,
      );
      expect(rows).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }]);
    } finally {
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool.end();
    }
  });

  it('a server that goes away mid-append → connection-lost, and nothing of the batch is written', async () => {
    const { stores, schema, drop } = await serverStores(2);
    const victim = createTestPool(1, `pledge-victim-${schema}`);
    const holderPool = createTestPool(1);
    const holder = await holderPool.connect();
    const tenant = uniqueTenant('gone');
    try {
      await stores.consent.append(tenant, [event(0)]);
      // Hold the chain head, so the victim's append blocks inside its transaction...
      await holder.query('BEGIN');
      await holder.query(`SELECT 1 FROM "${schema}".consent_heads WHERE tenant = $1 FOR UPDATE`, [
        tenant,
      ]);
      const victimStores = createPostgresStores({ client: victim, schema });
      const pending = rejection(
        victimStores.consent.append(
          tenant,
          Array.from({ length: 50 }, (_, i) => event(i + 1)),
        ),
      );
      // ...then the server terminates the victim's session, as a restart or failover would.
      for (let terminated = 0; terminated === 0; ) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        const { rows } = await holder.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity
           WHERE application_name = $1 AND wait_event_type = 'Lock') AS killed`,
          [`pledge-victim-${schema}`],
        );
        terminated = rows[0]?.n ?? 0;
      }
      const error = await pending;
      expect(StoreUnavailableError.isInstance(error), String(error)).toBe(true);
      expect((error as StoreUnavailableError).reason).toBe('connection-lost');
      await holder.query('COMMIT');
      const chain = await stores.consent.readChain(tenant);
      expect(chain.map((e) => e.seq)).toEqual([1]);
    } finally {
      holder.release();
      await holderPool.end();
      await victim.end().catch(() => {});
      await drop();
    }
  });

  it('a watch whose connection the server drops reports connection-lost through onError', async () => {
    const schema = uniqueSchema();
    const watched = createTestPool(1, `pledge-watch-${schema}`);
    const admin = createTestPool(1);
    try {
      const errors: unknown[] = [];
      const watch = await watchConsentChanges({
        client: watched,
        schema,
        onChange: () => {},
        onError: (error) => errors.push(error),
      });
      await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
        [`pledge-watch-${schema}`],
      );
      for (let waited = 0; errors.length === 0 && waited < 5000; waited += 20) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(errors).toHaveLength(1);
      expect(StoreUnavailableError.isInstance(errors[0])).toBe(true);
      expect((errors[0] as StoreUnavailableError).reason).toBe('connection-lost');
      await watch.stop(); // after a failure, stop is a no-op
    } finally {
      await watched.end().catch(() => {});
      await admin.end();
    }
  });

  it('a stale concurrent writer never forks the chain: the lock makes it wait and continue', async () => {
    const { stores, drop } = await serverStores(4);
    const tenant = uniqueTenant('fork');
    try {
      const results = await Promise.all(
        Array.from({ length: 4 }, (_, i) => stores.consent.append(tenant, [event(i)])),
      );
      expect(results.map((r) => r[0]?.seq).sort()).toEqual([1, 2, 3, 4]);
      const chain = await stores.consent.readChain(tenant);
      expect(new Set(chain.map((e) => e.prevHash)).size).toBe(4);
    } finally {
      await drop();
    }
  });
});

describe('idempotency keys under concurrency (PGlite)', () => {
  it('the same key retried concurrently appends once; a different command with it conflicts', async () => {
    const db = new PGlite();
    try {
      const stores = createPostgresStores({ client: db });
      await stores.migrate();
      const tenant = uniqueTenant('idem');
      const results = await Promise.all(
        Array.from({ length: 10 }, () =>
          stores.consent.append(tenant, [event(1), event(2)], { idempotencyKey: 'cmd-1' }),
        ),
      );
      for (const result of results) expect(result).toEqual(results[0]);
      expect((await stores.consent.head(tenant)).seq).toBe(2);
      const error = await rejection(
        stores.consent.append(tenant, [event(3)], { idempotencyKey: 'cmd-1' }),
      );
      expect(ConflictError.isInstance(error)).toBe(true);
      expect((await stores.consent.head(tenant)).seq).toBe(2);
    } finally {
      await db.close();
    }
  });
});

describe('a row written behind the store’s back', () => {
  it('a taken chain position surfaces as ConflictError and the batch is not written', async () => {
    const db = new PGlite();
    try {
      const stores = createPostgresStores({ client: db });
      await stores.migrate();
      // Someone inserted seq 2 directly, without moving the head.
      await db.query(
        `INSERT INTO pledge.consent_events (tenant, seq, prev_hash, hash, subject_ref, canonical_body)
         VALUES ('t1', 2, 'x', 'y', 's', '{}')`,
      );
      await stores.consent.append('t1', [event(1)]);
      const error = await rejection(stores.consent.append('t1', [event(2), event(3)]));
      expect(ConflictError.isInstance(error)).toBe(true);
      expect((await stores.consent.head('t1')).seq).toBe(1);
      const { rows } = await db.query('SELECT count(*)::int AS n FROM pledge.consent_events');
      expect(rows).toEqual([{ n: 2 }]);
    } finally {
      await db.close();
    }
  });
});
