import { Socket } from 'node:net';
import { StoreUnavailableError } from '@pledge/core';

/** The server the PostgreSQL suites use when `PLEDGE_PG_URL` is not set. */
export const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/test';

/**
 * The PostgreSQL server for tests: `PLEDGE_PG_URL`, or `postgres://postgres@127.0.0.1:5432/test`.
 *
 * @example
 * ```ts
 * const pool = new pg.Pool({ connectionString: pgTestUrl() });
 * ```
 */
export function pgTestUrl(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const url = env.PLEDGE_PG_URL;
  return url === undefined || url === '' ? DEFAULT_PG_URL : url;
}

/** Whether the PostgreSQL suites run: see {@link postgresAvailability}. */
export interface PostgresAvailability {
  /** True when the server answered; run the suites. */
  readonly available: boolean;
  /** The server's URL (from {@link pgTestUrl}). May contain a password: do not print it. */
  readonly url: string;
  /** Why the server is not available (no secrets), when it is not. */
  readonly reason?: string;
}

/** Options of {@link postgresAvailability}. */
export interface PostgresAvailabilityOptions {
  /** Environment to read `PLEDGE_PG_URL` and `PLEDGE_REQUIRE_PG` from (default `process.env`). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** How long to wait for the server (default 2000 ms). */
  readonly timeoutMs?: number;
}

function probe(host: string, port: number, timeoutMs: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (reason: string | undefined) => {
      socket.destroy();
      resolve(reason);
    };
    socket.setTimeout(timeoutMs, () => done(`no answer within ${timeoutMs} ms`));
    socket.once('error', (error: NodeJS.ErrnoException) => done(error.code ?? 'connection error'));
    socket.connect(port, host, () => done(undefined));
  });
}

/**
 * Decides whether the real-PostgreSQL suites run. Probes the server at {@link pgTestUrl}; when
 * it does not answer, returns `available: false` with a reason and prints a visible notice,
 * unless `PLEDGE_REQUIRE_PG=1` (CI sets it), in which case it throws: a required server that is
 * down must fail the run, never skip it silently.
 *
 * @example
 * ```ts vitest
 * const postgres = await postgresAvailability();
 * describe.skipIf(!postgres.available)('on PostgreSQL', () => {
 *   // ...
 * });
 * ```
 */
export async function postgresAvailability(
  options: PostgresAvailabilityOptions = {},
): Promise<PostgresAvailability> {
  const env = options.env ?? process.env;
  const url = pgTestUrl(env);
  let reason: string | undefined;
  try {
    const parsed = new URL(url);
    const host = parsed.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1';
    const port = parsed.port === '' ? 5432 : Number(parsed.port);
    reason = await probe(host, port, options.timeoutMs ?? 2000);
    if (reason !== undefined) reason = `${host}:${port} did not answer (${reason})`;
  } catch {
    reason = 'PLEDGE_PG_URL is not a valid URL';
  }
  if (reason === undefined) return { available: true, url };
  if (env.PLEDGE_REQUIRE_PG === '1') {
    throw new StoreUnavailableError({
      scope: '@pledge/testkit',
      reason: 'connection-failed',
      message: `PLEDGE_REQUIRE_PG=1 but PostgreSQL is unavailable: ${reason}`,
    });
  }
  console.warn(
    `\n[pledge] NOTICE: PostgreSQL is unavailable (${reason}); the PostgreSQL suites are SKIPPED. ` +
      'Set PLEDGE_PG_URL, or start a server (CI sets PLEDGE_REQUIRE_PG=1 and never skips).\n',
  );
  return { available: false, url, reason };
}
