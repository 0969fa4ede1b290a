import { childDataDiscovered } from '@pledge/age-gate';
import { createSimulatedClock } from '@pledge/core';
import { computeDeadline, createMemoryDsrStore, openRequest } from '@pledge/dsr';
import { evaluateRetention } from '@pledge/retention';
import { describe, expect, it } from 'vitest';
import {
  checkAgeFor,
  describeDataCategories,
  dsrServiceFor,
  retentionPolicyFor,
  workpex,
} from './index.js';
import { ledgerOnSimulatedClock } from './test-support.js';

const codes = (reasons: readonly { readonly code: string }[]) => reasons.map((why) => why.code);
const choice = {
  policyVersion: 'workpex-2026',
  jurisdiction: 'US-NY',
  source: 'preference-centre',
} as const;

describe('Workpex: rights', () => {
  it.each([
    ['JP', '2026-02-15'],
    ['BR', '2026-02-15'],
    // The GDPR month rolls to Monday 16 February; the promised month does not, and binds.
    ['DE', '2026-02-15'],
  ])(
    '"Regardless of your place of residence, we promise to honor these same rights": an erasure request from %s is due by %s',
    (jurisdiction, due) => {
      const { request } = openRequest(
        { id: 'r-1', tenant: 'workpex', type: 'erasure', subject: 'p-1', jurisdiction },
        { at: '2026-01-15T08:00:00Z' },
      );
      const deadline = computeDeadline(request, {
        at: '2026-01-15T08:00:00Z',
        policy: workpex.dsr.policy,
      });
      expect(deadline.outcome === 'due' && [deadline.due, deadline.binding]).toEqual([
        due,
        'policy',
      ]);
    },
  );

  it('without the promise, a request from Japan would have no deadline (the test catches its removal)', () => {
    const { request } = openRequest(
      { id: 'r-2', tenant: 'workpex', type: 'erasure', subject: 'p-2', jurisdiction: 'JP' },
      { at: '2026-01-15T08:00:00Z' },
    );
    const deadline = computeDeadline(request, { at: '2026-01-15T08:00:00Z' });
    expect([deadline.outcome, deadline.reasons[0]?.code]).toEqual([
      'no-deadline',
      'NO_STATUTORY_DEADLINE',
    ]);
  });

  it('"an access export says how long each category is kept" (source, purpose, retention, recipients), machine-readable', async () => {
    const service = dsrServiceFor(workpex, {
      store: createMemoryDsrStore(),
      clock: createSimulatedClock('2026-05-04T09:00:00Z'),
      systems: [
        {
          id: 'workpex-app',
          async access() {
            return { records: { name: 'Ada' }, categories: describeDataCategories(workpex) };
          },
        },
      ],
    });
    const request = await service.submit({
      tenant: 'workpex',
      type: 'access',
      subject: 'p-3',
      jurisdiction: 'JP',
    });
    const ref = { tenant: 'workpex', requestId: request.id };
    await service.apply({ ...ref, event: { type: 'verify-identity', method: 'e-mail-link' } });
    const report = await service.fulfil(ref);
    expect(report.outcome).toBe('completed');
    const csv = report.exportPackage?.csv ?? '';
    for (const category of workpex.data) {
      expect(csv).toContain(category.id);
      expect(csv).toContain(category.keptFor);
    }
    expect(csv).toContain('mapping-provider');
    expect(() => JSON.parse(report.exportPackage?.json ?? '')).not.toThrow();
  });
});

describe('Workpex: children', () => {
  it.each([
    ['US', 15],
    ['IT', 14],
    ['GB', 13],
  ] as const)(
    '"We only collect personal information from individuals 16 years or older": under-16s are refused (%s, age %i)',
    (jurisdiction, age) => {
      const decision = checkAgeFor(workpex, { jurisdiction, at: '2026-06-01', age });
      expect(decision.outcome).toBe('deny');
      expect(decision.boundBy).toBe('policy');
      expect(codes(decision.reasons)).toContain('BELOW_POLICY_MINIMUM');
    },
  );

  it('a 16-year-old in the US may sign up', () => {
    expect(checkAgeFor(workpex, { jurisdiction: 'US', at: '2026-06-01', age: 16 }).outcome).toBe(
      'allow',
    );
  });

  it('"[we] will remove any information provided by children below 16 years": found data is deleted', () => {
    const found = childDataDiscovered({
      jurisdiction: 'US',
      at: '2026-06-01',
      age: 15,
      policy: workpex.age.policy,
    });
    expect(found.outcome).toBe('erase');
    expect(found.actions[0]?.type).toBe('file-erasure-request');
    const deletion = evaluateRetention(
      retentionPolicyFor(workpex),
      { id: 'c-1', category: 'child-data', events: { 'child-discovered': '2026-06-01' } },
      { at: '2026-06-02T00:00:00Z' },
    );
    expect([deletion.outcome, deletion.action?.action]).toEqual(['due', 'delete']);
  });
});

describe('Workpex: consent', () => {
  it('"Unsubscribe stops marketing; transactional e-mails continue"', async () => {
    const { ledger, clock } = await ledgerOnSimulatedClock(workpex, '2026-02-01T10:00:00Z');
    await ledger.record({ ...choice, subject: 'p-4', purposes: { 'marketing-email': 'granted' } });
    clock.advance('P1D');
    await ledger.withdraw({ ...choice, subject: 'p-4', purposes: ['marketing-email'] });
    const marketing = ledger.check({ subject: 'p-4', purpose: 'marketing-email' });
    expect([marketing.outcome, marketing.reasons[0]?.code]).toEqual(['deny', 'CONSENT_WITHDRAWN']);
    const transactional = ledger.check({ subject: 'p-4', purpose: 'transactional-email' });
    expect([transactional.outcome, transactional.reasons[0]?.code]).toEqual([
      'allow',
      'LEGAL_BASIS_NOT_CONSENT',
    ]);
  });

  it.each(['store-full-card', 'testimonials', 'mapping'])(
    '"only with consent": %s is refused without it, also in a US state with an opt-out law',
    async (purpose) => {
      const { ledger } = await ledgerOnSimulatedClock(workpex, '2026-02-01T10:00:00Z');
      expect(ledger.check({ subject: 'p-5', purpose, jurisdiction: 'DE' }).outcome).toBe('deny');
      expect(ledger.check({ subject: 'p-5', purpose, jurisdiction: 'US-CA' }).outcome).toBe('deny');
    },
  );

  it('"Mobile permissions can be revoked": location stops when the permission is withdrawn', async () => {
    const { ledger, clock } = await ledgerOnSimulatedClock(workpex, '2026-02-01T10:00:00Z');
    await ledger.record({ ...choice, subject: 'p-6', purposes: { mapping: 'granted' } });
    expect(ledger.check({ subject: 'p-6', purpose: 'mapping' }).outcome).toBe('allow');
    clock.advance('PT1H');
    await ledger.withdraw({ ...choice, subject: 'p-6', purposes: ['mapping'] });
    expect(ledger.check({ subject: 'p-6', purpose: 'mapping' }).outcome).toBe('deny');
  });

  it('"location only for mapping and shared only with mapping providers"', () => {
    expect(workpex.data.find((category) => category.id === 'location')?.purposes).toEqual([
      'mapping',
    ]);
    const recipients = workpex.dataMap.flows
      .filter((flow) => flow.dataCategories?.includes('location'))
      .map((flow) => flow.to);
    expect(recipients).toEqual(['mapping-provider']);
  });
});
