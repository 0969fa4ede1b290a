// Databases for the tests: PGlite in memory, and a fresh schema on the PostgreSQL server at
// PLEDGE_PG_URL (skipped with a notice when it is down, unless PLEDGE_REQUIRE_PG=1).
import { PGlite } from '@electric-sql/pglite';
import { pgTestUrl, postgresAvailability, uniqueSchema } from '@pledge/testkit';
import pg from 'pg';
import { createPostgresStores, type PostgresStores } from '../index.js';

/** Decided once per test file, at import. */
export const postgres = await postgresAvailability();

/** A pool on the test server; errors of idle connections are expected in failure tests. */
export function createTestPool(max = 10, applicationName = 'pledge-test'): pg.Pool {
  const pool = new pg.Pool({
    connectionString: pgTestUrl(),
    max,
    application_name: applicationName,
  });
  pool.on('error', () => {});
  return pool;
}

/** A migrated store set on a fresh schema of the test server, and how to drop it. */
export async function serverStores(max = 10): Promise<{
  readonly pool: pg.Pool;
  readonly stores: PostgresStores;
  readonly schema: string;
  readonly drop: () => Promise<void>;
}> {
  const pool = createTestPool(max);
  const schema = uniqueSchema();
  const stores = createPostgresStores({ client: pool, schema });
  await stores.migrate();
  return {
    pool,
    stores,
    schema,
    async drop() {
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool.end();
    },
  };
}

/** A migrated store set on an in-memory PGlite. */
export async function pgliteStores(): Promise<{
  readonly db: PGlite;
  readonly stores: PostgresStores;
  readonly close: () => Promise<void>;
}> {
  const db = new PGlite();
  const stores = createPostgresStores({ client: db });
  await stores.migrate();
  return { db, stores, close: () => db.close() };
}
