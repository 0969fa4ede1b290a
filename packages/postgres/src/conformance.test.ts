// The testkit suites, run against PGlite and the PostgreSQL server: this is all an adapter's
// test file needs. The DSR and retention suites want an empty store per test (they reuse
// tenant ids), so each of their tests gets a fresh schema, dropped afterwards.
import type { PGlite } from '@electric-sql/pglite';
import type { DsrStore } from '@pledge/dsr';

import type { RetentionEvidenceStore } from '@pledge/retention';
import {
  describeConsentStoreConformance,
  describeDsrStoreConformance,
  describeRetentionEvidenceStoreConformance,
  uniqueSchema,
} from '@pledge/testkit';
import type pg from 'pg';
import { afterAll, describe } from 'vitest';
import { createPostgresStores, type PostgresStores } from './index.js';
import {
  createTestPool,
  pgliteStores,
  postgres,
  serverStores,
} from './test-support/test-databases.js';

/** Fresh schemas on one client, each dropped by `teardown`. */
function schemaPerTest(client: () => Promise<PGlite | pg.Pool>) {
  const schemaOf = new WeakMap<object, string>();
  async function fresh(): Promise<PostgresStores> {
    const stores = createPostgresStores({ client: await client(), schema: uniqueSchema() });
    await stores.migrate();
    schemaOf.set(stores.dsr, stores.schema);
    schemaOf.set(stores.retentionEvidence, stores.schema);
    return stores;
  }
  return {
    dsr: async () => (await fresh()).dsr,
    retention: async () => (await fresh()).retentionEvidence,
    async teardown(store: DsrStore | RetentionEvidenceStore) {
      const schema = schemaOf.get(store);
      const db: { query(text: string): Promise<unknown> } = await client();
      if (schema) await db.query(`DROP SCHEMA "${schema}" CASCADE`);
    },
  };
}

describe('PGlite (in memory)', () => {
  const setup = pgliteStores();
  afterAll(async () => (await setup).close());
  describeConsentStoreConformance({
    name: 'pglite',
    createStore: async () => (await setup).stores.consent,
    createKeyVault: async () => (await setup).stores.subjectKeys,
  });
  const perTest = schemaPerTest(async () => (await setup).db);
  describeDsrStoreConformance({
    name: 'pglite',
    createStore: perTest.dsr,
    teardown: perTest.teardown,
  });
  describeRetentionEvidenceStoreConformance({
    name: 'pglite',
    createStore: perTest.retention,
    teardown: perTest.teardown,
  });
});

describe.skipIf(!postgres.available)('PostgreSQL server', () => {
  let setup: ReturnType<typeof serverStores> | undefined;
  const stores = async () => {
    setup ??= serverStores();
    return (await setup).stores;
  };
  let pool: pg.Pool | undefined;
  afterAll(async () => {
    if (setup) await (await setup).drop();
    await pool?.end();
  });
  describeConsentStoreConformance({
    name: 'postgres',
    createStore: async () => (await stores()).consent,
    createKeyVault: async () => (await stores()).subjectKeys,
  });
  const perTest = schemaPerTest(async () => {
    pool ??= createTestPool();
    return pool;
  });
  describeDsrStoreConformance({
    name: 'postgres',
    createStore: perTest.dsr,
    teardown: perTest.teardown,
  });
  describeRetentionEvidenceStoreConformance({
    name: 'postgres',
    createStore: perTest.retention,
    teardown: perTest.teardown,
  });
});
