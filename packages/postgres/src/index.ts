/**
 * `@pledge/postgres`: the stores of every Pledge port on PostgreSQL (through `pg`) and on
 * embedded PGlite, from one code path.
 *
 * - {@link createPostgresStores}: the consent event store and subject key vault, versioned
 *   migrations, a tenant-first schema, appends serialised per chain, typed errors.
 * - {@link watchConsentChanges}: `LISTEN/NOTIFY`, so the consent projection cached in each app
 *   instance stays coherent with the others.
 *
 * Node only. Prove another adapter with the suites of `@pledge/testkit`.
 *
 * @packageDocumentation
 */
export {
  createPostgresStores,
  type PostgresStores,
  type PostgresStoresOptions,
} from './create-postgres-stores.js';
export type {
  PGliteLike,
  PGliteTransactionLike,
  PgClientLike,
  PgPoolLike,
  PostgresClient,
} from './postgres-client.js';
export {
  type ConsentWatch,
  type WatchConsentChangesOptions,
  watchConsentChanges,
} from './watch-consent-changes.js';
