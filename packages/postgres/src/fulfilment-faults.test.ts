// The connection to PostgreSQL dropped while a DSR fulfilment runs: whatever the moment, the
// request ends consistent once a fresh connection reruns it. No eraser runs twice, no task is
// lost, and the audit chain verifies.
import { createSimulatedClock, StoreUnavailableError } from '@pledge/core';
import { createDsrService, type DataSystem } from '@pledge/dsr';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresStores } from './index.js';
import { createTestPool, postgres, serverStores } from './test-support/test-databases.js';

describe.skipIf(!postgres.available)(
  'PostgreSQL server: the connection drops mid-fulfilment',
  () => {
    const admin = postgres.available ? createTestPool(1) : undefined;
    afterAll(async () => admin?.end());

    for (const idempotent of [false, true]) {
      it(`${idempotent ? 'an idempotent' : 'a non-idempotent'} eraser: the rerun on a new connection finishes the request, each eraser called once${idempotent ? '' : ' (or confirmed by a human)'}`, async () => {
        const { schema, drop } = await serverStores(1);
        const application = `pledge-fulfil-${schema}`;
        const victim = createTestPool(1, application);
        const calls: string[] = [];
        const system = (id: string, onErase?: () => Promise<void>): DataSystem => ({
          id,
          idempotent: { erase: idempotent },
          async erase(subject) {
            calls.push(`${id}:${subject}`);
            await onErase?.();
          },
        });
        // System b's eraser succeeds, and meanwhile the server terminates the service's session.
        const terminate = async () => {
          await admin?.query(
            'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
            [application],
          );
        };
        const clock = createSimulatedClock('2026-03-02T09:00:00Z');
        const systems = [system('a'), system('b', terminate), system('c')];
        try {
          const first = createDsrService({
            store: createPostgresStores({ client: victim, schema }).dsr,
            clock,
            systems,
          });
          const request = await first.submit({
            tenant: 'acme',
            type: 'erasure',
            subject: 'p-1',
            jurisdiction: 'DE',
          });
          const ref = { tenant: 'acme', requestId: request.id };
          await first.apply({ ...ref, event: { type: 'verify-identity' } });
          let crashed: unknown;
          try {
            await first.fulfil(ref);
          } catch (error) {
            crashed = error;
          }
          if (crashed !== undefined)
            expect(StoreUnavailableError.isInstance(crashed), String(crashed)).toBe(true);
          await victim.end().catch(() => {});

          // A new process (a fresh pool) reruns the fulfilment; b's eraser is no longer dangerous.
          systems[1] = system('b');
          const fresh = createTestPool(2);
          try {
            const second = createDsrService({
              store: createPostgresStores({ client: fresh, schema }).dsr,
              clock,
              systems,
            });
            let report = await second.fulfil(ref);
            const review = report.tasks.find((task) => task.status === 'needs-review');
            if (review !== undefined) {
              // Only a non-idempotent eraser whose success was not recorded waits for a human.
              expect(idempotent).toBe(false);
              expect(review.id).toBe(`${request.id}/b/erase`);
              await second.apply({
                ...ref,
                event: { type: 'finish-task', taskId: review.id, status: 'done' },
              });
              report = await second.fulfil(ref);
            }
            // A first run that survived the drop (the pool reconnected) leaves nothing to rerun.
            expect(['completed', 'refused']).toContain(report.outcome);
            expect((await second.get(ref))?.state).toBe('completed');
            const erased = calls.filter((call) => call.startsWith('b:')).length;
            // A non-idempotent eraser never runs twice; an idempotent one may run once more on the rerun.
            expect(erased).toBeGreaterThanOrEqual(1);
            expect(erased).toBeLessThanOrEqual(idempotent ? 2 : 1);
            expect(calls.filter((call) => call.startsWith('a:'))).toHaveLength(1);
            expect(calls.filter((call) => call.startsWith('c:'))).toHaveLength(1);
            const audit = await second.verifyAudit(ref);
            expect(audit.ok).toBe(true);
          } finally {
            await fresh.end();
          }
        } finally {
          await victim.end().catch(() => {});
          await drop();
        }
      });
    }
  },
);
