import type { ConsentStore, SubjectKeyVault } from '@pledge/consent';
import { invalidInput, StoreUnavailableError } from '@pledge/core';
import type { DsrStore } from '@pledge/dsr';
import type { RetentionEvidenceStore } from '@pledge/retention';
import { LATEST_MIGRATION, MIGRATIONS } from './migrations.js';
import { isPostgresClient, type PostgresClient } from './postgres-client.js';
import {
  createPostgresConsentStore,
  createPostgresSubjectKeyVault,
} from './postgres-consent-store.js';
import { createPostgresDsrStore } from './postgres-dsr-store.js';
import { createPostgresRetentionEvidenceStore } from './postgres-retention-evidence-store.js';
import { quoteSchemaName } from './schema-name.js';
import { createSqlExecutor, type SqlExecutor } from './sql-executor.js';
import { SCOPE } from './store-error.js';
import { requireOptions } from './store-input.js';

/** Options of {@link createPostgresStores}. */
export interface PostgresStoresOptions {
  /**
   * A `pg.Pool` (PostgreSQL server) or a PGlite instance. The host owns it: create it, attach a
   * `pool.on('error', …)` handler (an idle connection dropped by the server is reported there),
   * and close it at shutdown.
   */
  readonly client: PostgresClient;
  /**
   * The PostgreSQL schema holding Pledge's tables (default `pledge`): lower-case letters,
   * digits and underscores. `migrate()` creates it.
   */
  readonly schema?: string;
}

/** The stores of every Pledge port on one PostgreSQL or PGlite database. */
export interface PostgresStores {
  /** The consent ledger's event store (`ConsentStore` of `@pledge/consent`). */
  readonly consent: ConsentStore;
  /**
   * Per-subject keys (`SubjectKeyVault` of `@pledge/consent`). Destroying a key crypto-shreds a
   * subject. Where you can, take this vault from a second `createPostgresStores` on another
   * database, so event backups never hold the keys.
   */
  readonly subjectKeys: SubjectKeyVault;
  /**
   * DSR requests and their audit chains (`DsrStore` of `@pledge/dsr`), with optimistic
   * concurrency on `version` and idempotency keys.
   */
  readonly dsr: DsrStore;
  /** Retention evidence chains (`RetentionEvidenceStore` of `@pledge/retention`). */
  readonly retentionEvidence: RetentionEvidenceStore;
  /** The schema the stores use. */
  readonly schema: string;
  /**
   * Brings the schema to the latest version: creates it and the `pledge_migrations` table,
   * then applies each missing migration, all in one transaction under an advisory lock, so
   * concurrent callers (several app instances starting at once) are safe. Idempotent.
   */
  migrate(): Promise<void>;
  /** The version recorded in `pledge_migrations` (0 when none), and the latest one this code knows. */
  migrationStatus(): Promise<{ readonly applied: number; readonly latest: number }>;
}

async function appliedVersion(executor: SqlExecutor, quoted: string): Promise<number> {
  try {
    const [row] = await executor.query<{ version: number | null }>(
      `SELECT max(version) AS version FROM ${quoted}.pledge_migrations`,
    );
    return row?.version ?? 0;
  } catch (error) {
    if (StoreUnavailableError.isInstance(error) && error.reason === 'migration-missing') return 0;
    throw error;
  }
}

/**
 * Creates the Pledge stores on PostgreSQL (through a `pg.Pool`) or PGlite, from one code path.
 * Call `migrate()` once at start-up (or from a deploy step); until the schema has every
 * migration, each store method throws `StoreUnavailableError` with reason `migration-missing`.
 *
 * Errors are typed: connection failures and a server that goes away mid-operation throw
 * `StoreUnavailableError` (`connection-failed`, `connection-lost`), lost races and reused
 * idempotency keys throw `ConflictError`; a write that throws has written nothing. Messages
 * never contain the connection string.
 *
 * @example
 * ```ts
 * import { PGlite } from '@electric-sql/pglite';
 * const stores = createPostgresStores({ client: new PGlite() });
 * await stores.migrate();
 * const ledger = createConsentLedger({ store: stores.consent, keys: stores.subjectKeys, ...options });
 * ```
 */
export function createPostgresStores(options: PostgresStoresOptions): PostgresStores {
  const opts = requireOptions(options, 'options', true);
  if (!isPostgresClient(opts.client)) {
    invalidInput(
      { scope: SCOPE, field: 'options.client' },
      'invalid_client',
      'expected a pg Pool or a PGlite instance',
    );
  }
  const schema = (opts.schema as string | undefined) ?? 'pledge';
  const quoted = quoteSchemaName(schema, 'options.schema');
  const executor = createSqlExecutor(opts.client);

  // Checked once per process; a failed check (server down, schema not migrated) is retried.
  let checked: Promise<void> | undefined;
  const ready = (): Promise<void> => {
    checked ??= (async () => {
      const applied = await appliedVersion(executor, quoted);
      if (applied < LATEST_MIGRATION) {
        throw new StoreUnavailableError({
          scope: SCOPE,
          reason: 'migration-missing',
          message: `schema is at migration ${applied}, the stores need ${LATEST_MIGRATION}: run migrate()`,
        });
      }
    })().catch((error: unknown) => {
      checked = undefined;
      throw error;
    });
    return checked;
  };

  return {
    consent: createPostgresConsentStore(executor, schema, quoted, ready),
    subjectKeys: createPostgresSubjectKeyVault(executor, quoted, ready),
    dsr: createPostgresDsrStore(executor, quoted, ready),
    retentionEvidence: createPostgresRetentionEvidenceStore(executor, quoted, ready),
    schema,
    async migrate() {
      await executor.transaction(async (tx) => {
        // Serialises concurrent migrators of this schema; released at commit or rollback.
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`pledge:migrate:${schema}`]);
        await tx.query(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
        await tx.query(
          `CREATE TABLE IF NOT EXISTS ${quoted}.pledge_migrations (
             version integer PRIMARY KEY,
             name text NOT NULL,
             applied_at timestamptz NOT NULL DEFAULT now()
           )`,
        );
        const rows = await tx.query<{ version: number }>(
          `SELECT version FROM ${quoted}.pledge_migrations`,
        );
        const applied = new Set(rows.map((row) => row.version));
        for (const migration of MIGRATIONS) {
          if (applied.has(migration.version)) continue;
          for (const statement of migration.statements) {
            await tx.query(statement.replaceAll('{{schema}}', quoted));
          }
          await tx.query(
            `INSERT INTO ${quoted}.pledge_migrations (version, name) VALUES ($1, $2)`,
            [migration.version, migration.name],
          );
        }
      });
      checked = undefined;
    },
    async migrationStatus() {
      return { applied: await appliedVersion(executor, quoted), latest: LATEST_MIGRATION };
    },
  };
}
