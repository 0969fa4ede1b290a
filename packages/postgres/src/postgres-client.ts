/**
 * The part of a `pg` client (a `PoolClient`) that the stores use. Declared structurally so
 * `@pledge/postgres` needs neither `pg` nor `@electric-sql/pglite` installed to type-check.
 */
export interface PgClientLike {
  /** Runs one statement with `$n` parameters. */
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  /** Returns the connection to its pool; pass an error to discard a broken connection. */
  release(error?: Error | boolean): void;
  /** `pg` emits `error` on a checked-out client whose server went away; the stores listen for it. */
  on?(event: 'error', listener: (error: Error) => void): unknown;
  /** Removes the listener added with `on`. */
  removeListener?(event: 'error', listener: (error: Error) => void): unknown;
}

/** The part of a `pg.Pool` that the stores use. */
export interface PgPoolLike {
  /** Checks a connection out of the pool, for a transaction. */
  connect(): Promise<PgClientLike>;
  /** Runs one statement on any pooled connection. */
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** The part of a PGlite transaction that the stores use. */
export interface PGliteTransactionLike {
  /** Runs one statement with `$n` parameters inside the transaction. */
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** The part of a PGlite instance (`new PGlite()` from `@electric-sql/pglite`) that the stores use. */
export interface PGliteLike {
  /** Runs one statement with `$n` parameters. */
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  /** Runs `callback` in a transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(callback: (tx: PGliteTransactionLike) => Promise<T>): Promise<T>;
  /** Subscribes to a notification channel in this instance. */
  listen(
    channel: string,
    callback: (payload: string) => void,
  ): Promise<(...args: never[]) => Promise<void>>;
}

/**
 * What `createPostgresStores` accepts: a `pg.Pool` (a PostgreSQL server) or a PGlite instance
 * (embedded Postgres compiled to WebAssembly, in memory or with a data directory).
 */
export type PostgresClient = PgPoolLike | PGliteLike;

/** True for a PGlite instance, told apart from a `pg.Pool` by its `transaction` method. */
export function isPGlite(client: PostgresClient): client is PGliteLike {
  return typeof (client as Partial<PGliteLike>).transaction === 'function';
}

/** True for anything that looks like one of the two supported clients. */
export function isPostgresClient(client: unknown): client is PostgresClient {
  if (typeof client !== 'object' || client === null) return false;
  const candidate = client as Partial<PGliteLike & PgPoolLike>;
  if (typeof candidate.query !== 'function') return false;
  return typeof candidate.transaction === 'function' || typeof candidate.connect === 'function';
}
