import { timingSafeEqual } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { serve } from '@hono/node-server';
import { consentDataSystem } from '@pledge/consent';
import { type Clock, systemClock } from '@pledge/core';
import { type AuthorizeResult, createPledgeHandler, problemResponse } from '@pledge/http';
import { createPostgresStores } from '@pledge/postgres';
import {
  consentLedgerFor,
  describeDataCategories,
  dsrServiceFor,
  loadPolicy,
  type PledgePolicy,
} from '@pledge-examples/policies';
import { Hono } from 'hono';
import pg from 'pg';
import { demoBilling, demoRetentionPolicy } from './demo-billing.js';
import { loadSecrets } from './secrets.js';
import { staticFiles } from './static-files.js';

const here = dirname(fileURLToPath(import.meta.url));
// Both src/ and dist/ sit one level below the package folder.
const packageDir = resolve(here, '..');

/** Options of {@link startServer}; every one has a default, and `main.ts` reads them from the environment. */
export interface StartServerOptions {
  /** TCP port (default 3000; `0` picks a free one). */
  readonly port?: number;
  /** Interface to listen on (default `127.0.0.1`). */
  readonly hostname?: string;
  /** Where PGlite keeps its files and the secrets live (default `examples/server/.data`). */
  readonly dataDir?: string;
  /** A PostgreSQL connection string; when set, PGlite is not used (secrets stay in `dataDir`). */
  readonly databaseUrl?: string;
  /** The PostgreSQL schema of the tables (default `pledge`); tests use one per run. */
  readonly schema?: string;
  /** Which seed policy the demo tenant runs (default `website`, the cookie-banner policy the web app shows best). */
  readonly policy?: string;
  /** The demo tenant (default `demo`). */
  readonly tenant?: string;
  /** The operator's bearer token (default: generated once and kept in `dataDir/secrets.json`). */
  readonly operatorToken?: string;
  /** Base64 master secret of at least 32 bytes (default: generated once, kept in `dataDir`). */
  readonly secret?: string;
  /** The built web app (default `examples/web/dist`). */
  readonly webDir?: string;
  /** The demo log (default `console.log`): verification codes and fulfilment notes go here. */
  readonly log?: (line: string) => void;
  /** Source of time (default: the system clock). */
  readonly clock?: Clock;
  /**
   * Resolve only once the database is migrated and the ledger loaded (default true). With
   * `false` the promise resolves as soon as the port listens; API calls wait for the database.
   */
  readonly waitForDatabase?: boolean;
}

/** A running server. */
export interface RunningServer {
  /** Where it answers, e.g. `http://127.0.0.1:3000`. */
  readonly url: string;
  /** The operator's bearer token (send `authorization: Bearer <token>`). */
  readonly operatorToken: string;
  /** The seed policy in use. */
  readonly policy: PledgePolicy;
  /** Settles when the database is ready (rejects when it failed to start). */
  readonly databaseReady: Promise<void>;
  /** Stops listening and closes the database. */
  close(): Promise<void>;
}

function sameToken(given: string, expected: string): boolean {
  const a = new TextEncoder().encode(given);
  const b = new TextEncoder().encode(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Starts the example server: the seed policy's engines over `@pledge/postgres` (PGlite in
 * `dataDir`, or PostgreSQL at `databaseUrl`), `@pledge/http` at `/api`, the web app at `/`.
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const clock = options.clock ?? systemClock;
  const tenant = options.tenant ?? 'demo';
  const dataDir = resolve(options.dataDir ?? resolve(packageDir, '.data'));
  const policy = loadPolicy(options.policy ?? 'website');
  const secrets = await loadSecrets(dataDir, {
    ...(options.secret === undefined ? {} : { secret: options.secret }),
    ...(options.operatorToken === undefined ? {} : { operatorToken: options.operatorToken }),
  });

  let closeDatabase: () => Promise<void> = async () => {};
  // The database starts behind the listening socket: a first start initialises a PGlite data
  // directory (several seconds), and the web page should answer meanwhile. API calls wait.
  const engines = (async () => {
    let client: PGlite | pg.Pool;
    if (options.databaseUrl) {
      const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
      pool.on('error', (error) =>
        log(`[pledge] idle PostgreSQL connection lost: ${error.message}`),
      );
      client = pool;
      closeDatabase = () => pool.end();
    } else {
      const db = new PGlite(resolve(dataDir, 'pgdata'));
      client = db;
      closeDatabase = () => db.close();
    }
    const stores = createPostgresStores({
      client,
      ...(options.schema === undefined ? {} : { schema: options.schema }),
    });
    await stores.migrate();

    const ledger = consentLedgerFor(policy, {
      store: stores.consent,
      keys: stores.subjectKeys,
      secret: secrets.ledgerSecret,
      clock,
      tenant,
      controller: { name: policy.controller.name },
    });
    await ledger.sync({ tenant });
    const retention = demoRetentionPolicy(policy.retention);
    const billing = demoBilling(retention, log);
    const systems = [consentDataSystem({ ledger }), billing.system];
    const service = dsrServiceFor(policy, {
      store: stores.dsr,
      clock,
      systems,
      exemptions: [billing.exemptions],
    });

    const api = createPledgeHandler({
      basePath: '/api',
      tenant,
      clock,
      secret: secrets.httpSecret,
      consent: {
        ledger,
        purposes: policy.purposes,
        policy: policy.notice.consentPolicy,
        descriptions: policy.purposeDescriptions,
      },
      dsr: {
        service,
        store: stores.dsr,
        systems,
        categories: describeDataCategories(policy),
        verification: {
          send(message) {
            // A real host e-mails the code; the demo prints it. The contact is never logged.
            log(
              `[demo log] verification code for ${message.type} request ${message.requestId}: ${message.code} (valid until ${message.expiresAt})`,
            );
          },
        },
      },
      retention: { policy: retention },
      transfers: { map: policy.dataMap },
      age: { policy: policy.age.policy },
      authorize(request, action): AuthorizeResult {
        if (!action.startsWith('operator:')) return true;
        const header = request.headers.get('authorization');
        if (header === null) return 'unauthenticated';
        const token = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim() ?? '';
        return sameToken(token, secrets.operatorToken);
      },
      onError(error) {
        log(`[pledge] internal error: ${error instanceof Error ? error.name : 'unknown'}`);
        if (process.env.PLEDGE_DEBUG === '1') console.error(error);
      },
    });

    return api;
  })();
  let databaseState: 'starting' | 'ready' | 'failed' = 'starting';
  engines.then(
    () => {
      databaseState = 'ready';
    },
    (error: unknown) => {
      databaseState = 'failed';
      log(
        `[pledge] the database did not start: ${error instanceof Error ? error.message : 'unknown error'}`,
      );
    },
  );

  const app = new Hono();
  const answer = async (request: Request) => {
    try {
      return (await engines)(request);
    } catch {
      return problemResponse({
        status: 503,
        code: 'STORE_UNAVAILABLE',
        detail: 'the database did not start',
      });
    }
  };
  app.all('/api/*', (context) => answer(context.req.raw));
  app.all('/api', (context) => answer(context.req.raw));
  app.get('/healthz', (context) =>
    context.json({
      ok: databaseState !== 'failed',
      database: databaseState,
      policy: policy.name,
      tenant,
    }),
  );
  const files = staticFiles(options.webDir ?? resolve(packageDir, '../web/dist'));
  app.all('*', (context) => files(context.req.raw));

  const hostname = options.hostname ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolveServer, reject) => {
    const started = serve({ fetch: app.fetch, port: options.port ?? 3000, hostname }, () =>
      resolveServer(started),
    );
    started.once('error', reject);
  });
  const databaseReady = engines.then(() => undefined);
  if (options.waitForDatabase !== false) {
    try {
      await databaseReady;
    } catch (error) {
      await new Promise<void>((done) => server.close(() => done()));
      throw error;
    }
  }
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const shown = hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname;
  return {
    url: `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`,
    operatorToken: secrets.operatorToken,
    policy,
    databaseReady,
    async close() {
      await new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        // Keep-alive sockets would hold close() open.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await engines.catch(() => undefined);
      await closeDatabase();
    },
  };
}
