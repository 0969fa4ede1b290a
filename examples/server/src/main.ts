// `npm run start`: the example server with its settings from the environment.
import { startServer } from './server.js';

const started = performance.now();
const env = process.env;
const server = await startServer({
  port: Number(env.PORT ?? 3000),
  hostname: env.HOST ?? '127.0.0.1',
  ...(env.PLEDGE_DATA_DIR ? { dataDir: env.PLEDGE_DATA_DIR } : {}),
  // DATABASE_URL only: PLEDGE_PG_URL names the test database, which a demo must not write to.
  ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
  ...(env.PLEDGE_POLICY ? { policy: env.PLEDGE_POLICY } : {}),
  ...(env.PLEDGE_TENANT ? { tenant: env.PLEDGE_TENANT } : {}),
  ...(env.PLEDGE_OPERATOR_TOKEN ? { operatorToken: env.PLEDGE_OPERATOR_TOKEN } : {}),
  ...(env.PLEDGE_SECRET ? { secret: env.PLEDGE_SECRET } : {}),
  ...(env.PLEDGE_WEB_DIR ? { webDir: env.PLEDGE_WEB_DIR } : {}),
  // Listen at once: a first start spends seconds creating the PGlite data directory, and the
  // page should answer meanwhile (API calls wait for the database).
  waitForDatabase: false,
});

const database = env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
console.log(
  `Pledge example server: policy ${server.policy.name} (${server.policy.title}), ${database}`,
);
console.log(`Operator token (for the operator page): ${server.operatorToken}`);
console.log(`Ready in ${Math.round(performance.now() - started)} ms at ${server.url}`);
server.databaseReady.then(
  () => console.log(`Database ready after ${Math.round(performance.now() - started)} ms`),
  () => process.exitCode === undefined && console.error('The database did not start; see above.'),
);

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
