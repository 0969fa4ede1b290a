import { computeDeadline, openRequest } from '@pledge/dsr';
import { evaluateRetention } from '@pledge/retention';
import { assessTransfer } from '@pledge/transfers';
import { assessTransferMap } from '@pledge/transfers/map';
import { describe, expect, it } from 'vitest';
import { assessDataMapFor, retentionPolicyFor, routeRequest, weeek } from './index.js';
import { ledgerOnSimulatedClock } from './test-support.js';

const codes = (reasons: readonly { readonly code: string }[]) => reasons.map((why) => why.code);
const grant = {
  policyVersion: 'weeek-2026',
  jurisdiction: 'DE',
  source: 'preference-centre',
} as const;

describe('WEEEK: consent and objections', () => {
  it('"withdrawals of consent ... will not have retroactive effect" (withdrawal is not retroactive)', async () => {
    const { ledger, clock } = await ledgerOnSimulatedClock(weeek, '2026-02-01T10:00:00Z');
    await ledger.record({ ...grant, subject: 'u-1', purposes: { 'direct-marketing': 'granted' } });
    clock.advance('P7D');
    await ledger.withdraw({ ...grant, subject: 'u-1', purposes: ['direct-marketing'] });
    const now = ledger.check({ subject: 'u-1', purpose: 'direct-marketing' });
    expect([now.outcome, now.reasons[0]?.code]).toEqual(['deny', 'CONSENT_WITHDRAWN']);
    const lastWeek = ledger.check({
      subject: 'u-1',
      purpose: 'direct-marketing',
      at: '2026-02-03T00:00:00Z',
    });
    expect([lastWeek.outcome, lastWeek.reasons[0]?.code]).toEqual(['allow', 'CONSENT_GRANTED']);
  });

  it('"objections to the Processing of Personal Data ... will not have retroactive effect"', async () => {
    const { ledger, clock } = await ledgerOnSimulatedClock(weeek, '2026-02-01T10:00:00Z');
    const before = ledger.check({ subject: 'u-2', purpose: 'marketing', jurisdiction: 'DE' });
    expect([before.outcome, before.reasons[0]?.code]).toEqual(['allow', 'LEGAL_BASIS_NOT_CONSENT']);
    clock.advance('P3D');
    await ledger.record({ ...grant, subject: 'u-2', purposes: { marketing: 'denied' } });
    const after = ledger.check({ subject: 'u-2', purpose: 'marketing' });
    expect([after.outcome, after.reasons[0]?.code]).toEqual(['deny', 'OBJECTION_RECORDED']);
    expect(
      ledger.check({ subject: 'u-2', purpose: 'marketing', at: '2026-02-02T00:00:00Z' }).outcome,
    ).toBe('allow');
  });

  it('opt-in direct marketing: nothing is sent without a recorded opt-in', async () => {
    const { ledger } = await ledgerOnSimulatedClock(weeek, '2026-02-01T10:00:00Z');
    const decision = ledger.check({
      subject: 'u-3',
      purpose: 'direct-marketing',
      jurisdiction: 'FR',
    });
    expect([decision.outcome, decision.reasons[0]?.code]).toEqual(['deny', 'NO_CONSENT_RECORD']);
  });

  it('"We do not respond to browser-based do-not-track signals"', async () => {
    const { ledger } = await ledgerOnSimulatedClock(weeek, '2026-02-01T10:00:00Z');
    await ledger.record({ ...grant, subject: 'u-4', purposes: { advertising: 'granted' } });
    await ledger.recordSignal({ subject: 'u-4', signal: 'dnt', jurisdiction: 'DE' });
    const decision = ledger.check({ subject: 'u-4', purpose: 'advertising' });
    expect([decision.outcome, decision.reasons[0]?.code]).toEqual(['allow', 'CONSENT_GRANTED']);
  });
});

describe('WEEEK: rights', () => {
  it('"Users should contact the relevant administrator for the Workspace associated with the Service Data, not Weeek"', () => {
    expect(routeRequest(weeek, { about: 'service-data' })).toBe('forward-to-controller');
    expect(routeRequest(weeek, { about: 'own-account' })).toBe('handle');
  });

  it.each([
    ['DE', '2026-02-16'],
    ['GB', '2026-02-16'],
  ])(
    'rights of EEA/UK residents: an erasure request from %s is due by %s (one month, rolled to a working day)',
    (jurisdiction, due) => {
      expect(weeek.dsr.rights).toEqual(
        expect.arrayContaining([
          'access',
          'rectification',
          'erasure',
          'restriction',
          'objection',
          'portability',
        ]),
      );
      const { request } = openRequest(
        { id: 'r-1', tenant: 'weeek', type: 'erasure', subject: 'u-5', jurisdiction },
        { at: '2026-01-15T08:00:00Z' },
      );
      const deadline = computeDeadline(request, {
        at: '2026-01-15T08:00:00Z',
        policy: weeek.dsr.policy,
      });
      expect(deadline.outcome === 'due' && [deadline.due, deadline.binding]).toEqual([due, 'law']);
    },
  );
});

describe('WEEEK: retention', () => {
  it('"Information may persist in copies made for backup ... for additional time": a backup copy is reviewed, never silently kept or silently deleted', () => {
    const decision = evaluateRetention(
      retentionPolicyFor(weeek),
      { id: 'b-1', category: 'backup-copy', events: { 'deleted-from-live': '2026-04-01' } },
      { at: '2026-04-02T00:00:00Z' },
    );
    expect([decision.outcome, decision.action?.action]).toEqual(['due', 'review']);
  });
});

describe('WEEEK: transfers', () => {
  it('"Eligible Customers can arrange to have their Workspaces stored in our data center located in Europe": a workspace pinned to the EU keeps its data in the EEA', () => {
    const report = assessDataMapFor(weeek, '2026-06-01');
    const eu = report.flows.find((flow) => flow.flow === 'EU workspace backups');
    expect(eu?.decision.outcome).toBe('allow');
    expect(eu?.residencyViolations).toEqual([]);
    expect(report.summary.residencyViolations).toBe(0);
  });

  it('a flow from the EU data centre to headquarters would break the residency promise', () => {
    const leaking = assessTransferMap(
      {
        ...weeek.dataMap,
        flows: [
          ...weeek.dataMap.flows,
          { id: 'leak', from: 'eu-data-centre', to: 'ru-headquarters' },
        ],
      },
      { at: '2026-06-01' },
    );
    const leak = leaking.flows.find((flow) => flow.flow === 'leak');
    expect(leak?.residencyViolations).toEqual(['eu-pinned-workspace-stays-in-eea']);
    expect(codes(leak?.decision.reasons ?? [])).toContain('RESIDENCY_RULE_BROKEN');
  });

  it('"Residents of the EEA, the UK and Switzerland also have certain rights under the Privacy Shield": Pledge flags the invalid basis', () => {
    const flow = weeek.dataMap.flows.find(
      (candidate) => candidate.id === 'headquarters to US sub-processors',
    );
    const decision = assessTransfer({
      from: 'DE',
      to: 'US',
      at: '2026-06-01',
      recipient: flow?.recipient ?? {},
    });
    expect(decision.outcome).toBe('requires-safeguard');
    expect(decision.reasons[0]?.code).toBe('BASIS_INVALIDATED');
    expect(decision.reasons[0]?.params).toMatchObject({
      basis: 'privacy-shield',
      invalidatedOn: '2020-07-16',
    });
  });
});
