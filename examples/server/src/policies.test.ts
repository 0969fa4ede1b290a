// The example server loads any of the five seed policies by name and serves each one's
// purposes, retention plan and transfer map. On the PostgreSQL server when it answers (a schema
// per run, dropped after), else on PGlite.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pgTestUrl, postgresAvailability, uniqueSchema } from '@pledge/testkit';
import { loadPolicy, POLICY_NAMES } from '@pledge-examples/policies';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from './server.js';

const postgres = await postgresAvailability();
const schema = uniqueSchema();
const dataDir = await mkdtemp(join(tmpdir(), 'pledge-policies-'));

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  if (!postgres.available) return;
  const pool = new pg.Pool({ connectionString: pgTestUrl(), max: 1 });
  await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await pool.end();
});

describe(`the example server on ${postgres.available ? 'PostgreSQL' : 'PGlite'}`, () => {
  it.each(POLICY_NAMES)(
    'loads the %s policy by name',
    async (name) => {
      const server = await startServer({
        port: 0,
        dataDir: join(dataDir, name),
        webDir: dataDir,
        policy: name,
        tenant: `policy-${name}`,
        log: () => {},
        ...(postgres.available ? { databaseUrl: pgTestUrl(), schema } : {}),
      });
      try {
        const operator = { authorization: `Bearer ${server.operatorToken}` };
        const get = async (path: string, headers = {}) => {
          const response = await fetch(`${server.url}${path}`, { headers });
          return { status: response.status, body: await response.json() };
        };
        const policy = loadPolicy(name);
        expect((await get('/healthz')).body).toMatchObject({ ok: true, policy: name });
        const config = await get('/api/consent/config');
        expect(config.status).toBe(200);
        expect(config.body.purposes.map((purpose: { id: string }) => purpose.id)).toEqual(
          policy.purposes.map((purpose) => purpose.id),
        );
        const plan = await get('/api/operator/retention/plan', operator);
        expect(plan.status).toBe(200);
        const map = await get('/api/operator/transfers/map', operator);
        expect(map.status).toBe(200);
        expect(map.body.flows.length).toBe(policy.dataMap.flows.length);
      } finally {
        await server.close();
      }
    },
    60_000,
  );
});
