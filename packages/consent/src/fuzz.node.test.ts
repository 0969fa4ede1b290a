import { createSimulatedClock } from '@pledge/core';
import { describeFuzz, PERSONAL_DATA_MARKER } from '../../../test-support/fuzz.js';
import { consentStoreFuzzTargets } from '../../../test-support/store-fuzz-targets.js';
import * as consent from './index.js';

const store = consent.createMemoryConsentStore();
const keys = consent.createMemorySubjectKeyVault();
const clock = createSimulatedClock('2026-02-01T10:00:00Z');
const options = () => ({
  store,
  keys,
  clock,
  tenant: 'fuzz',
  secret: new Uint8Array(32).fill(7),
  purposes: [
    {
      id: 'analytics',
      legalBasis: 'consent',
      lifetime: 'P13M',
      consentMode: ['analytics_storage'],
    },
    { id: 'sale', legalBasis: 'consent', saleOrSharing: true },
    { id: 'security', legalBasis: 'legitimate-interests', essential: true },
  ],
  policy: { versions: [{ id: '2026-01', effectiveFrom: '2026-01-01', material: true }] },
});
const ledger = consent.createConsentLedger(options() as never);
const first = await ledger.record({
  subject: 'p-seed',
  purposes: { analytics: 'granted', sale: 'denied' },
  policyVersion: '2026-01',
  jurisdiction: 'DE',
  source: 'banner',
  metadata: { ip: '198.51.100.7', userAgent: 'fuzz' },
});
const chain = async () => (await store.readChain('fuzz')).length;
const subject = { subject: 'p-seed' };

describeFuzz({
  name: '@pledge/consent',
  entry: consent,
  targets: {
    createConsentLedger: { seed: () => [options()] },
    toConsentMode: {
      seed: () => [
        options().purposes,
        { analytics: ledger.check({ subject: 'p-seed', purpose: 'analytics' }) },
      ],
    },
    'ledger.record': {
      call: (input) => ledger.record(input as never),
      seed: () => [
        {
          subject: 'p-1',
          purposes: { analytics: 'granted', sale: 'denied' },
          policyVersion: '2026-01',
          jurisdiction: 'US-CA',
          source: 'preference-centre',
          actor: { type: 'guardian', id: PERSONAL_DATA_MARKER },
          metadata: { ip: '198.51.100.7' },
          idempotencyKey: 'k-record',
        },
      ],
      state: chain,
    },
    'ledger.withdraw': {
      call: (input) => ledger.withdraw(input as never),
      seed: () => [
        {
          subject: 'p-seed',
          purposes: ['analytics'],
          policyVersion: '2026-01',
          jurisdiction: 'DE',
          source: 'preference-centre',
          idempotencyKey: 'k-withdraw',
        },
      ],
      state: chain,
    },
    'ledger.recordSignal': {
      call: (input) => ledger.recordSignal(input as never),
      seed: () => [
        { subject: 'p-2', signal: 'gpc', jurisdiction: 'US-CA', idempotencyKey: 'k-gpc' },
      ],
      state: chain,
    },
    'ledger.requireGuardian': {
      call: (input) => ledger.requireGuardian(input as never),
      seed: () => [
        {
          subject: 'p-3',
          until: '2029-05-01',
          jurisdiction: 'DE',
          citation: {
            law: 'Regulation (EU) 2016/679',
            article: 'Art. 8(1)',
            confidence: 'primary',
          },
          idempotencyKey: 'k-guardian',
        },
      ],
      state: chain,
    },
    'ledger.check': {
      call: (input) => ledger.check(input as never),
      seed: () => [{ subject: 'p-seed', purpose: 'analytics', at: '2026-02-01T11:00:00Z' }],
    },
    'ledger.checkAll': { call: (input) => ledger.checkAll(input as never), seed: () => [subject] },
    'ledger.consentMode': {
      call: (input) => ledger.consentMode(input as never),
      seed: () => [subject],
    },
    'ledger.pendingReconsent': {
      call: (input) => ledger.pendingReconsent(input as never),
      seed: () => [subject],
    },
    'ledger.history': { call: (input) => ledger.history(input as never), seed: () => [subject] },
    'ledger.exportHistory': {
      call: (input) => ledger.exportHistory(input as never),
      seed: () => [subject],
    },
    'ledger.receipt': {
      call: (input) => ledger.receipt(input as never),
      seed: () => [{ subject: 'p-seed', eventId: first.id }],
    },
    'ledger.forget': {
      call: (input) => ledger.forget(input as never),
      seed: () => [{ subject: 'p-forgotten' }],
      state: chain,
    },
    'ledger.verify': {
      call: (input) => ledger.verify(input as never),
      seed: () => [{ tenant: 'fuzz' }],
    },
    'ledger.checkpoint': {
      call: (input) => ledger.checkpoint(input as never),
      seed: () => [{ tenant: 'fuzz' }],
    },
    'ledger.sync': {
      call: (input) => ledger.sync(input as never),
      seed: () => [{ tenant: 'fuzz' }],
    },
    ...consentStoreFuzzTargets(store, keys, { tenant: 'fuzz', scratchTenant: 'scratch' }),
  },
});
