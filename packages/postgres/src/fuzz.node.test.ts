// The storage ports fed the same hostile calls as the in-memory adapters, on PGlite and on the
// PostgreSQL server: SQL metacharacters, huge strings, wrong types and prototype keys end in a
// typed PledgeError, never a raw driver error, and a rejected write leaves the tables as they were.

import { createConsentLedger } from '@pledge/consent';
import { createSimulatedClock } from '@pledge/core';
import { createDsrService, type DsrRequest } from '@pledge/dsr';
import { recordAction } from '@pledge/retention';
import { afterAll, describe } from 'vitest';
import { describeFuzz } from '../../../test-support/fuzz.js';
import {
  consentStoreFuzzTargets,
  dsrStoreFuzzTargets,
  retentionStoreFuzzTargets,
} from '../../../test-support/store-fuzz-targets.js';
import { createPostgresStores, type PostgresStores } from './index.js';
import { pgliteStores, postgres, serverStores } from './test-support/test-databases.js';

const clock = createSimulatedClock('2026-03-02T09:00:00Z');

/** Seeds each port through its engine, then builds the targets. */
async function targetsFor(stores: PostgresStores, scratch: PostgresStores) {
  const ledger = createConsentLedger({
    store: stores.consent,
    keys: stores.subjectKeys,
    clock,
    tenant: 'fuzz',
    secret: new Uint8Array(32).fill(3),
    purposes: [{ id: 'analytics', legalBasis: 'consent' }],
    policy: { versions: [{ id: 'v1', effectiveFrom: '2026-01-01', material: true }] },
  });
  await ledger.record({
    subject: 'p-1',
    purposes: { analytics: 'granted' },
    policyVersion: 'v1',
    jurisdiction: 'DE',
    source: 'banner',
  });
  const service = createDsrService({ store: stores.dsr, clock });
  const request = await service.submit({
    tenant: 'fuzz',
    type: 'access',
    subject: 'p-1',
    jurisdiction: 'DE',
  });
  const events = await stores.dsr.events('fuzz', request.id);
  await scratch.dsr.create('fuzz', {
    request: { ...request, id: 'r-scratch' } as DsrRequest,
    events,
  });
  const entry = await recordAction(
    { store: stores.retentionEvidence, clock },
    { tenant: 'fuzz', ruleId: 'logs-14d', action: 'delete', rows: 2, idempotencyKey: 'k-seed' },
  );
  return {
    ...consentStoreFuzzTargets(stores.consent, stores.subjectKeys, {
      tenant: 'fuzz',
      scratchTenant: 'scratch',
    }),
    ...dsrStoreFuzzTargets(stores.dsr, scratch.dsr, { tenant: 'fuzz', request, events }),
    ...retentionStoreFuzzTargets(stores.retentionEvidence, entry),
  };
}

describe('PGlite', async () => {
  const setup = await pgliteStores();
  const scratch = createPostgresStores({ client: setup.db, schema: 'pledge_fuzz_scratch' });
  await scratch.migrate();
  afterAll(() => setup.close());
  describeFuzz({
    name: '@pledge/postgres on PGlite',
    targets: await targetsFor(setup.stores, scratch),
  });
});

describe.skipIf(!postgres.available)('PostgreSQL server', async () => {
  if (!postgres.available) return;
  const main = await serverStores(4);
  const scratch = await serverStores(2);
  afterAll(async () => {
    await main.drop();
    await scratch.drop();
  });
  describeFuzz({
    name: '@pledge/postgres on the server',
    targets: await targetsFor(main.stores, scratch.stores),
  });
});
