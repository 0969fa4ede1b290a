import { invalidInput, StoreUnavailableError } from '@pledge/core';
import { isPGlite, isPostgresClient, type PostgresClient } from './postgres-client.js';
import { CONSENT_CHANNEL, type ConsentChangePayload } from './postgres-consent-store.js';
import { quoteSchemaName } from './schema-name.js';
import { SCOPE, toStoreError } from './store-error.js';
import { requireOptions } from './store-input.js';

/** Options of {@link watchConsentChanges}. */
export interface WatchConsentChangesOptions {
  /** The same kind of client as `createPostgresStores` takes; one pooled connection is held until `stop()`. */
  readonly client: PostgresClient;
  /** The schema the stores write to (default `pledge`). */
  readonly schema?: string;
  /** Called after each committed consent append in the schema, with the tenant and its new head `seq`. */
  readonly onChange: (tenant: string, seq: number) => void;
  /**
   * Called when the listening connection fails (`StoreUnavailableError`, reason
   * `connection-lost`). Notifications sent while no one listens are lost: watch again, then
   * `sync` every tenant this process serves.
   */
  readonly onError?: (error: Error) => void;
}

/** A running watch: see {@link watchConsentChanges}. */
export interface ConsentWatch {
  /** Stops listening and returns the connection to its pool. */
  stop(): Promise<void>;
}

interface ListeningClient {
  query(text: string): Promise<unknown>;
  release(error?: Error | boolean): void;
  on(
    event: 'notification',
    listener: (message: { channel: string; payload?: string }) => void,
  ): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  removeAllListeners(event: string): unknown;
}

function parsePayload(
  payload: string | undefined,
  schema: string,
): ConsentChangePayload | undefined {
  if (payload === undefined) return undefined;
  try {
    const parsed = JSON.parse(payload) as Partial<ConsentChangePayload>;
    if (
      parsed.schema !== schema ||
      typeof parsed.tenant !== 'string' ||
      typeof parsed.seq !== 'number'
    ) {
      return undefined;
    }
    return parsed as ConsentChangePayload;
  } catch {
    // Not ours: another application may use the channel name.
    return undefined;
  }
}

/**
 * Keeps several app instances coherent: every consent append commits a PostgreSQL
 * notification, and this listens for them so a process can refresh its in-process projection
 * (`ledger.sync({ tenant })`) as soon as another process wrote.
 *
 * With a `pg.Pool` it holds one connection with `LISTEN`. With PGlite it hears appends made
 * through the same PGlite instance only: PGlite is one process, so there is nobody else to hear.
 *
 * @example
 * ```ts
 * const watch = await watchConsentChanges({
 *   client: pool,
 *   onChange: (tenant) => void ledger.sync({ tenant }),
 * });
 * // at shutdown
 * await watch.stop();
 * ```
 */
export async function watchConsentChanges(
  options: WatchConsentChangesOptions,
): Promise<ConsentWatch> {
  const opts = requireOptions(options, 'options', true);
  if (!isPostgresClient(opts.client)) {
    invalidInput(
      { scope: SCOPE, field: 'options.client' },
      'invalid_client',
      'expected a pg Pool or a PGlite instance',
    );
  }
  const schema = (opts.schema as string | undefined) ?? 'pledge';
  quoteSchemaName(schema, 'options.schema');
  if (typeof opts.onChange !== 'function') {
    invalidInput(
      { scope: SCOPE, field: 'options.onChange' },
      'invalid_type',
      'expected a function',
    );
  }
  if (opts.onError !== undefined && typeof opts.onError !== 'function') {
    invalidInput({ scope: SCOPE, field: 'options.onError' }, 'invalid_type', 'expected a function');
  }
  const { onChange, onError } = options;
  const deliver = (payload: string | undefined) => {
    const change = parsePayload(payload, schema);
    if (change) onChange(change.tenant, change.seq);
  };

  const client = opts.client;
  if (isPGlite(client)) {
    let unlisten: (() => Promise<void>) | undefined;
    try {
      unlisten = (await client.listen(CONSENT_CHANNEL, deliver)) as () => Promise<void>;
    } catch (error) {
      throw toStoreError(error, 'connect');
    }
    return {
      async stop() {
        await unlisten?.();
        unlisten = undefined;
      },
    };
  }

  let connection: ListeningClient;
  try {
    connection = (await client.connect()) as unknown as ListeningClient;
  } catch (error) {
    throw toStoreError(error, 'connect');
  }
  let stopped = false;
  connection.on('notification', (message) => {
    if (message.channel === CONSENT_CHANNEL) deliver(message.payload);
  });
  connection.on('error', (error) => {
    if (stopped) return;
    stopped = true;
    connection.release(error);
    onError?.(new StoreUnavailableError({ scope: SCOPE, reason: 'connection-lost', cause: error }));
  });
  try {
    await connection.query(`LISTEN ${CONSENT_CHANNEL}`);
  } catch (error) {
    stopped = true;
    connection.release(error instanceof Error ? error : true);
    throw toStoreError(error, 'connect');
  }
  return {
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        await connection.query(`UNLISTEN ${CONSENT_CHANNEL}`);
        connection.removeAllListeners('notification');
        connection.release();
      } catch (error) {
        connection.release(error instanceof Error ? error : true);
      }
    },
  };
}
