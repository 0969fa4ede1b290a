import { childDataDiscovered } from '@pledge/age-gate';
import { openRequest, transition } from '@pledge/dsr';
import { evaluateRetention } from '@pledge/retention';
import { diffRules } from '@pledge/transfers/map';
import { describe, expect, it } from 'vitest';
import { assessDataMapFor, checkAgeFor, jamesPro, retentionPolicyFor } from './index.js';
import { ledgerOnSimulatedClock } from './test-support.js';

const codes = (reasons: readonly { readonly code: string }[]) => reasons.map((why) => why.code);
const choice = {
  policyVersion: 'james-pro-2018-05-25',
  jurisdiction: 'NL',
  source: 'preference-centre',
} as const;
const retention = retentionPolicyFor(jamesPro);

describe('James PRO: retention', () => {
  it('"where that is not possible (backup archives) ... isolate it from any further use": backup copies that cannot be deleted are isolated from use', () => {
    const decision = evaluateRetention(
      retention,
      { id: 'bk-1', category: 'backup-copy', events: { 'deleted-from-live': '2026-03-10' } },
      { at: '2026-03-11T00:00:00Z' },
    );
    expect([decision.outcome, decision.action?.action]).toEqual(['due', 'isolate']);
    expect(decision.ruleId).toBe('james-pro-backup-isolation');
  });

  it('"afterwards we delete or anonymise your data": account data once the account is deleted', () => {
    const decision = evaluateRetention(
      retention,
      { id: 'acc-1', category: 'account', events: { 'account-closed': '2026-03-10' } },
      { at: '2026-03-11T00:00:00Z' },
    );
    expect([decision.outcome, decision.action?.action]).toEqual(['due', 'anonymize']);
    const open = evaluateRetention(
      retention,
      { id: 'acc-2', category: 'account', events: {} },
      { at: '2026-03-11T00:00:00Z' },
    );
    expect(open.outcome).toBe('unknown');
  });
});

describe('James PRO: consent, objection, restriction', () => {
  it('"withdrawal does not affect processing before it" (withdrawal is not retroactive)', async () => {
    const { ledger, clock } = await ledgerOnSimulatedClock(jamesPro, '2026-02-01T10:00:00Z');
    await ledger.record({ ...choice, subject: 'm-1', purposes: { marketing: 'granted' } });
    clock.advance('P10D');
    await ledger.withdraw({ ...choice, subject: 'm-1', purposes: ['marketing'] });
    expect(ledger.check({ subject: 'm-1', purpose: 'marketing' }).outcome).toBe('deny');
    expect(
      ledger.check({ subject: 'm-1', purpose: 'marketing', at: '2026-02-05T00:00:00Z' }).outcome,
    ).toBe('allow');
  });

  it('"you may object to processing based on our legitimate interest"', async () => {
    const { ledger } = await ledgerOnSimulatedClock(jamesPro, '2026-02-01T10:00:00Z');
    await ledger.record({
      ...choice,
      subject: 'm-2',
      purposes: { 'improve-and-secure': 'denied' },
    });
    const decision = ledger.check({ subject: 'm-2', purpose: 'improve-and-secure' });
    expect([decision.outcome, decision.reasons[0]?.code]).toEqual(['deny', 'OBJECTION_RECORDED']);
  });

  it('"while a request is delayed or disputed, further use is restricted" until it is honoured or resolved', () => {
    const { request } = openRequest(
      { id: 'r-1', tenant: 'james-pro', type: 'erasure', subject: 'm-3', jurisdiction: 'NL' },
      { at: '2026-04-01T09:00:00Z' },
    );
    const restricted = transition(
      request,
      { type: 'restrict-processing', reasonCode: 'REQUEST_DISPUTED' },
      { at: '2026-04-02T09:00:00Z' },
    );
    expect(restricted.ok && restricted.request.restriction?.reasonCode).toBe('REQUEST_DISPUTED');
    if (!restricted.ok) return;
    // The restriction cannot be lifted before the person is told (GDPR Art. 18(3)).
    const early = transition(
      restricted.request,
      { type: 'lift-restriction' },
      { at: '2026-04-03T09:00:00Z' },
    );
    expect(early.ok).toBe(false);
  });
});

describe('James PRO: transfers', () => {
  it('"stored mainly in the Netherlands and the United States": on 2020-07-15 the Privacy Shield carried the NL-US flow', () => {
    const flow = assessDataMapFor(jamesPro, '2020-07-15').flows[0];
    expect([flow?.decision.outcome, flow?.decision.basis]).toEqual(['allow', 'privacy-shield']);
  });

  it('"EU-US transfers do not rest on the Privacy Shield after 2020-07-16": the outdated policy is flagged', () => {
    const flow = assessDataMapFor(jamesPro, '2020-07-16').flows[0];
    expect(flow?.decision.outcome).toBe('requires-safeguard');
    expect(codes(flow?.decision.reasons ?? [])).toContain('BASIS_INVALIDATED');
    expect(flow?.decision.reasons[0]?.params).toMatchObject({
      basis: 'privacy-shield',
      invalidatedOn: '2020-07-16',
    });
    const diff = diffRules('2020-07-01', '2020-08-01', jamesPro.dataMap);
    expect(diff.flows[0]?.after).toEqual({ outcome: 'requires-safeguard', basis: 'none' });
  });
});

describe('James PRO: children', () => {
  it('"Our services are not directed at persons under 16": a 15-year-old in the Netherlands is refused', () => {
    const decision = checkAgeFor(jamesPro, { jurisdiction: 'NL', at: '2026-06-01', age: 15 });
    expect([decision.outcome, decision.boundBy]).toEqual(['deny', 'policy']);
    expect(codes(decision.reasons)).toContain('BELOW_POLICY_MINIMUM');
  });

  it('"we will take steps to delete such information" when a child under 16 is discovered', () => {
    const found = childDataDiscovered({
      jurisdiction: 'NL',
      at: '2026-06-01',
      age: 15,
      policy: jamesPro.age.policy,
    });
    expect(found.outcome).toBe('erase');
    expect(found.actions[0]?.type).toBe('file-erasure-request');
  });
});
