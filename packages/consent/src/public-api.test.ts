import { ValidationError } from '@pledge/core';
import { describe, expect, it } from 'vitest';
import { describeBadInputSweep } from '../../../test-support/bad-input-sweep.js';
import * as consent from './index.js';

const base = {
  store: consent.createMemoryConsentStore(),
  secret: new Uint8Array(32).fill(1),
  purposes: [{ id: 'analytics', legalBasis: 'consent' as const }],
  policy: { versions: [{ id: 'v1', effectiveFrom: '2026-01-01', material: true }] },
};

/**
 * Every exported function with invalid input and the field the ValidationError must name.
 * Ledger methods are covered through `createConsentLedger` here and in ledger.test.ts.
 */
const invalidCalls: Record<string, [call: () => unknown, field: string][]> = {
  createConsentLedger: [
    [() => consent.createConsentLedger({ ...base, store: {} as never }), 'options.store'],
    [
      () => consent.createConsentLedger({ ...base, policy: { versions: [] } }),
      'options.policy.versions',
    ],
    [
      () =>
        consent.createConsentLedger({ ...base, purposes: [base.purposes[0]!, base.purposes[0]!] }),
      'options.purposes',
    ],
    [
      () => consent.createConsentLedger({ ...base, defaultConsentModel: 'maybe' as never }),
      'options.defaultConsentModel',
    ],
  ],
  toConsentMode: [[() => consent.toConsentMode('x' as never, {}), 'purposes']],
  consentDataSystem: [
    [() => consent.consentDataSystem({ ledger: {} as never }), 'options.ledger'],
    [
      () =>
        consent.consentDataSystem({ ledger: consent.createConsentLedger(base), id: 'has space' }),
      'options.id',
    ],
  ],
};

describeBadInputSweep({
  entry: consent,
  cases: invalidCalls,
  noInput: ['createMemoryConsentStore', 'createMemorySubjectKeyVault'],
});

describe('ledger methods reject invalid input naming the field', async () => {
  const ledger = consent.createConsentLedger({
    ...base,
    store: consent.createMemoryConsentStore(),
  });
  await ledger.sync();
  const methodCases: [string, () => unknown, string][] = [
    ['check', () => ledger.check({ subject: 42 as never, purpose: 'analytics' }), 'input.subject'],
    [
      'check',
      () => ledger.check({ subject: 's', purpose: 'analytics', at: 'yesterday' }),
      'input.at',
    ],
    [
      'check',
      () => ledger.check({ subject: 's', purpose: 'analytics', jurisdiction: 'Narnia' }),
      'input.jurisdiction',
    ],
    ['check', () => ledger.check({ subject: 's', purpose: 7 as never }), 'input.purpose'],
    ['checkAll', () => ledger.checkAll({ subject: '', at: '2026-01-01' }), 'input.subject'],
    [
      'consentMode',
      () => ledger.consentMode({ subject: 's', tenant: 'bad tenant!' }),
      'input.tenant',
    ],
    [
      'pendingReconsent',
      () => ledger.pendingReconsent({ subject: 's', at: '2026-13-01' }),
      'input.at',
    ],
    ['withdraw', () => ledger.withdraw({ subject: 's', purposes: [] } as never), 'input.purposes'],
    [
      'recordSignal',
      () => ledger.recordSignal({ subject: 's', signal: 'xdnt' as never, jurisdiction: 'DE' }),
      'input.signal',
    ],
    [
      'requireGuardian',
      () => ledger.requireGuardian({ subject: 's', jurisdiction: 'DE', until: 'later' }),
      'input.until',
    ],
    ['history', () => ledger.history({ subject: '' }), 'input.subject'],
    ['exportHistory', () => ledger.exportHistory({ subject: 's', extra: 1 } as never), 'input'],
    ['receipt', () => ledger.receipt({ subject: 's', eventId: 'missing' }), 'input.eventId'],
    ['forget', () => ledger.forget({ subject: null as never }), 'input.subject'],
    ['verify', () => ledger.verify({ tenant: '' }), 'input.tenant'],
    ['checkpoint', () => ledger.checkpoint({ tenant: '../x' }), 'input.tenant'],
    ['sync', () => ledger.sync({ tenant: 'a b' }), 'input.tenant'],
  ];
  it.each(methodCases)('%s names %s', async (_method, call, field) => {
    let thrown: unknown;
    try {
      await call();
    } catch (error) {
      thrown = error;
    }
    expect(ValidationError.isInstance(thrown), String(thrown)).toBe(true);
    expect((thrown as ValidationError).issues.map((issue) => issue.field)).toContain(field);
  });
});
