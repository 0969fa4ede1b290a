// Several app instances on one database: a grant written by one process is visible to `check`
// in another within 100 ms (LISTEN/NOTIFY), and a process killed mid-batch leaves the whole
// batch or none of it. PostgreSQL server only for the first: PGlite is a single process, so
// there is no other process to notify.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { ConsentStore, StoredConsentEvent } from '@pledge/consent';
import { verifyChain } from '@pledge/core';
import { uniqueTenant } from '@pledge/testkit';
import { describe, expect, it } from 'vitest';
import { createPostgresStores } from './index.js';
import { exited, nextJson, startScript } from './test-support/child-process.js';
import { postgres, serverStores } from './test-support/test-databases.js';

async function readAll(store: ConsentStore, tenant: string): Promise<StoredConsentEvent[]> {
  const chain: StoredConsentEvent[] = [];
  for (;;) {
    const page = await store.readChain(tenant, { afterSeq: chain.length, limit: 10_000 });
    if (page.length === 0) return chain;
    chain.push(...page);
  }
}

/** Starts the append loop, lets it commit `batches` batches, then SIGKILLs it mid-run. */
async function killDuringAppends(args: readonly string[], batches: number): Promise<number> {
  const child = startScript('append-loop.mjs', args);
  let lastReported = 0;
  for await (const line of child.lines) {
    lastReported = Number(line);
    if (lastReported >= batches * 100) break;
  }
  child.kill('SIGKILL');
  await exited(child);
  expect(child.signalCode).toBe('SIGKILL');
  return lastReported;
}

describe.skipIf(!postgres.available)('PostgreSQL server: two processes', () => {
  it('a grant recorded by process A is allowed by check in process B within 100 ms', async () => {
    const { schema, drop } = await serverStores(2);
    const tenant = uniqueTenant('notify');
    try {
      const watcher = startScript('consent-process.mjs', ['watch', schema, tenant]);
      expect(await nextJson(watcher.lines)).toEqual({ ready: true });
      const writer = startScript('consent-process.mjs', ['record', schema, tenant]);
      const { startedAt, committedAt } = await nextJson<{
        startedAt: number;
        committedAt: number;
      }>(writer.lines);
      const { notifiedAt, allowedAt } = await nextJson<{ notifiedAt: number; allowedAt: number }>(
        watcher.lines,
      );
      await Promise.all([exited(watcher), exited(writer)]);
      // A's commit lies between startedAt and committedAt; measuring from startedAt bounds the
      // delay from above (it also counts A's own write).
      const lag = allowedAt - startedAt;
      console.info(
        `[pledge] cross-process consent visibility: at most ${lag.toFixed(1)} ms after the commit ` +
          `(A's record took ${(committedAt - startedAt).toFixed(1)} ms; B notified ` +
          `${(notifiedAt - startedAt).toFixed(1)} ms after A started)`,
      );
      expect(lag).toBeLessThan(100);
    } finally {
      await drop();
    }
  });

  it('a writer killed mid-batch leaves whole batches only, and the chain verifies', async () => {
    const { stores, schema, drop } = await serverStores(2);
    const tenant = uniqueTenant('kill');
    try {
      const reported = await killDuringAppends(['postgres', schema, tenant], 30);
      const chain = await readAll(stores.consent, tenant);
      expect(chain.length % 100).toBe(0);
      // Everything the child saw committed is there; at most the batch in flight is missing.
      expect(chain.length).toBeGreaterThanOrEqual(reported);
      expect(chain.length).toBeLessThanOrEqual(reported + 100);
      expect(verifyChain(chain)).toMatchObject({ ok: true, count: chain.length });
      // The chain continues where it stopped.
      const [next] = await stores.consent.append(tenant, [
        { subjectRef: 's', canonicalBody: '{}' },
      ]);
      expect(next?.seq).toBe(chain.length + 1);
    } finally {
      await drop();
    }
  });
});

describe('PGlite with a data directory: a writer killed mid-batch', () => {
  it('recovers on reopening with whole batches only, and the chain verifies', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pledge-pglite-'));
    const tenant = uniqueTenant('kill');
    try {
      const reported = await killDuringAppends(['pglite', dataDir, tenant], 10);
      const db = new PGlite(dataDir);
      try {
        const stores = createPostgresStores({ client: db });
        const chain = await readAll(stores.consent, tenant);
        expect(chain.length % 100).toBe(0);
        expect(chain.length).toBeGreaterThanOrEqual(reported);
        expect(verifyChain(chain)).toMatchObject({ ok: true, count: chain.length });
        expect((await stores.consent.head(tenant)).seq).toBe(chain.length);
      } finally {
        await db.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
