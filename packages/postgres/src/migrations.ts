/**
 * The schema, as numbered migrations. Each is applied once, in order, inside one transaction
 * with its row in `pledge_migrations`; a migration is never edited after release, only
 * followed by a new one.
 *
 * Every table is keyed by `tenant` first (DESIGN §5), so a multi-tenant deployment can shard on
 * it with a Postgres-compatible distributed engine without a schema change.
 *
 * Version 1, the consent ledger:
 * - `consent_events.canonical_body` is `text`, not `jsonb`: the hash covers these exact bytes,
 *   and `jsonb` would reorder keys and drop whitespace.
 * - `consent_heads` has one row per chain; appends lock it (`SELECT ... FOR UPDATE`), which
 *   serialises them per tenant across connections and processes.
 * - `subject_keys` holds per-subject keys. Deleting a row crypto-shreds the subject's sealed
 *   details; a deployment that can should keep it in another database (and backup regime)
 *   than the events, by giving the key vault its own client and schema.
 *
 * Version 2, DSR requests: the current projection (`dsr_requests`, `version` for optimistic
 * concurrency) beside its append-only audit chain (`dsr_events`). `jsonb` is fine here: the
 * audit hash covers the RFC 8785 canonical form, which is independent of key order.
 *
 * Version 3, retention evidence: one chain per tenant with its head row as the lock, like the
 * consent ledger; `entry` keeps the entry's JSON text exactly as given.
 */
export interface Migration {
  /** Position in the sequence, from 1, without gaps. */
  readonly version: number;
  /** Short kebab-case name, recorded beside the version. */
  readonly name: string;
  /** The DDL statements, in order, with `{{schema}}` standing for the quoted schema name. */
  readonly statements: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'consent-ledger',
    statements: [
      `CREATE TABLE {{schema}}.consent_events (
        tenant text NOT NULL,
        seq bigint NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        subject_ref text NOT NULL,
        canonical_body text NOT NULL,
        PRIMARY KEY (tenant, seq)
      )`,
      `CREATE INDEX consent_events_subject ON {{schema}}.consent_events (tenant, subject_ref, seq)`,
      `CREATE TABLE {{schema}}.consent_heads (
        tenant text PRIMARY KEY,
        seq bigint NOT NULL,
        hash text NOT NULL
      )`,
      `CREATE TABLE {{schema}}.consent_idempotency (
        tenant text NOT NULL,
        key text NOT NULL,
        fingerprint text NOT NULL,
        first_seq bigint NOT NULL,
        count integer NOT NULL,
        PRIMARY KEY (tenant, key)
      )`,
      `CREATE TABLE {{schema}}.subject_keys (
        tenant text NOT NULL,
        subject_ref text NOT NULL,
        key bytea NOT NULL,
        PRIMARY KEY (tenant, subject_ref)
      )`,
    ],
  },
  {
    version: 2,
    name: 'dsr-requests',
    statements: [
      `CREATE TABLE {{schema}}.dsr_requests (
        tenant text NOT NULL,
        id text NOT NULL,
        version integer NOT NULL,
        state text NOT NULL,
        request jsonb NOT NULL,
        PRIMARY KEY (tenant, id)
      )`,
      `CREATE INDEX dsr_requests_state ON {{schema}}.dsr_requests (tenant, state, id)`,
      `CREATE TABLE {{schema}}.dsr_events (
        tenant text NOT NULL,
        request_id text NOT NULL,
        seq integer NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        body jsonb NOT NULL,
        PRIMARY KEY (tenant, request_id, seq)
      )`,
      `CREATE TABLE {{schema}}.dsr_idempotency (
        tenant text NOT NULL,
        key text NOT NULL,
        request_id text NOT NULL,
        fingerprint text NOT NULL,
        PRIMARY KEY (tenant, key)
      )`,
    ],
  },
  {
    version: 3,
    name: 'retention-evidence',
    statements: [
      `CREATE TABLE {{schema}}.retention_evidence (
        tenant text NOT NULL,
        seq bigint NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        idempotency_key text,
        entry text NOT NULL,
        PRIMARY KEY (tenant, seq)
      )`,
      `CREATE UNIQUE INDEX retention_evidence_key ON {{schema}}.retention_evidence (tenant, idempotency_key)
        WHERE idempotency_key IS NOT NULL`,
      `CREATE TABLE {{schema}}.retention_heads (
        tenant text PRIMARY KEY,
        seq bigint NOT NULL,
        hash text NOT NULL
      )`,
    ],
  },
];

/** The version a schema must have reached for the stores to operate. */
export const LATEST_MIGRATION: number = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
