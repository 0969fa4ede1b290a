import { createSimulatedClock } from '@pledge/core';
import { describeFuzz } from '../../../test-support/fuzz.js';
import { dsrStoreFuzzTargets } from '../../../test-support/store-fuzz-targets.js';
import type { DsrRequest } from './index.js';
import * as dsr from './index.js';

const AT = '2026-03-02T09:00:00Z';
const opened = () =>
  dsr.openRequest(
    { id: 'r-seed', tenant: 'fuzz', type: 'access', subject: 'p-1', jurisdiction: 'DE' },
    { at: AT },
  ).request;
const verified = () => {
  const step = dsr.transition(
    opened(),
    { type: 'verify-identity', method: 'e-mail-link' },
    { at: AT },
  );
  if (!step.ok) throw new Error('seed transition refused');
  return step.request;
};
const exported = () => ({
  records: { email: 'ada@example.com' },
  categories: [
    {
      category: 'contact',
      source: 'sign-up form',
      purposes: ['account'],
      recipients: ['crm'],
      retention: 'P2Y',
    },
  ],
});

const store = dsr.createMemoryDsrStore();
const service = dsr.createDsrService({
  store,
  clock: createSimulatedClock(AT),
  systems: [
    {
      id: 'crm',
      recipients: ['mailer'],
      async access() {
        return exported();
      },
      async erase() {},
      async restrict() {},
    },
  ],
  exemptions: [],
  policy: { respondWithin: 'P30D' },
});
const seeded = await service.submit({
  tenant: 'fuzz',
  type: 'erasure',
  subject: 'p-2',
  jurisdiction: 'FR',
});
const ref = () => ({ tenant: 'fuzz', requestId: seeded.id });
const seedRequest = await store.get('fuzz', seeded.id);
const seedEvents = await store.events('fuzz', seeded.id);
const scratch = dsr.createMemoryDsrStore();
await scratch.create('fuzz', {
  request: { ...seedRequest, id: 'r-scratch' } as never,
  events: seedEvents,
});

/** Everything the service can have written, for the no-write-on-rejection check. */
const written = async () => {
  const requests = await store.list('fuzz');
  return Promise.all(
    requests.map(async (request) => [request, (await store.events('fuzz', request.id)).length]),
  );
};

describeFuzz({
  name: '@pledge/dsr',
  entry: dsr,
  targets: {
    openRequest: {
      seed: () => [
        {
          id: 'r-1',
          tenant: 'fuzz',
          type: 'erasure',
          subject: 'p-1',
          jurisdiction: 'US-CA',
          timeZone: 'America/Los_Angeles',
        },
        { at: AT },
      ],
    },
    transition: {
      seed: () => [
        verified(),
        { type: 'notify-extension', reasonCode: 'COMPLEXITY' },
        { at: '2026-03-20T09:00:00Z' },
      ],
    },
    computeDeadline: { seed: () => [verified(), { at: AT, policy: { respondWithin: 'P30D' } }] },
    buildExportPackage: {
      seed: () => {
        const step = dsr.transition(verified(), { type: 'begin' }, { at: AT });
        return [
          step.ok ? step.request : verified(),
          [{ system: 'crm', export: exported() }],
          { at: AT },
        ];
      },
    },
    isClosedState: { seed: () => ['completed'] },
    'service.submit': {
      call: (input) => service.submit(input as never),
      seed: () => [
        {
          tenant: 'fuzz',
          type: 'access',
          subject: 'p-3',
          jurisdiction: 'DE',
          idempotencyKey: 'k-1',
        },
      ],
      state: written,
    },
    'service.apply': {
      call: (command) => service.apply(command as never),
      seed: () => [
        { ...ref(), event: { type: 'request-clarification' }, idempotencyKey: 'k-apply' },
      ],
      state: written,
    },
    'service.fulfil': {
      call: (input) => service.fulfil(input as never),
      seed: () => [{ ...ref(), patch: { email: 'x@example.org' } }],
    },
    'service.get': { call: (input) => service.get(input as never), seed: () => [ref()] },
    'service.deadline': { call: (input) => service.deadline(input as never), seed: () => [ref()] },
    'service.due': {
      call: (input) => service.due(input as never),
      seed: () => [{ tenant: 'fuzz', before: '2026-12-31T00:00:00Z' }],
    },
    'service.history': { call: (input) => service.history(input as never), seed: () => [ref()] },
    'service.verifyAudit': {
      call: (input) => service.verifyAudit(input as never),
      seed: () => [ref()],
    },
    ...dsrStoreFuzzTargets(store, scratch, {
      tenant: 'fuzz',
      request: seedRequest as DsrRequest,
      events: seedEvents,
    }),
  },
});
