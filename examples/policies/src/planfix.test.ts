import { childDataDiscovered } from '@pledge/age-gate';
import { createSimulatedClock } from '@pledge/core';
import { computeDeadline, createMemoryDsrStore, openRequest, transition } from '@pledge/dsr';
import { evaluateRetention } from '@pledge/retention';
import { describe, expect, it } from 'vitest';
import {
  assessDataMapFor,
  checkAgeFor,
  dsrServiceFor,
  planfix,
  retentionPolicyFor,
  routeRequest,
} from './index.js';
import { ledgerOnSimulatedClock } from './test-support.js';

const retention = retentionPolicyFor(planfix);
const codes = (reasons: readonly { readonly code: string }[]) => reasons.map((why) => why.code);

describe('Planfix: account lifecycle (10.1-10.3)', () => {
  // Last activity on 10 January 2026 (day 0).
  const account = { id: 'acc-1', category: 'account', events: { 'last-activity': '2026-01-10' } };

  it('10.1 "an account with no activity for one month is frozen, and its owner was warned a week before"', () => {
    const warned = evaluateRetention(retention, account, { at: '2026-02-03T00:00:00Z' });
    expect([warned.outcome, warned.action?.action]).toEqual(['due', 'notify']);
    expect(codes(warned.reasons)).toEqual(['RULE_APPLIES', 'STAGE_DUE']);
    expect(warned.next?.action).toBe('freeze');
    expect(warned.next?.dueOn).toBe('2026-02-10');

    const notYet = evaluateRetention(
      retention,
      { ...account, stageReached: 'notify' },
      { at: '2026-02-09T23:59:59.999Z' },
    );
    expect(notYet.outcome).toBe('scheduled');

    const frozen = evaluateRetention(
      retention,
      { ...account, stageReached: 'notify' },
      { at: '2026-02-10T00:00:00Z' },
    );
    expect([frozen.outcome, frozen.action?.action]).toEqual(['due', 'freeze']);
  });

  it('10.1 activity before the freeze restarts the month', () => {
    const active = evaluateRetention(
      retention,
      { ...account, events: { 'last-activity': '2026-02-05' } },
      { at: '2026-02-10T00:00:00Z' },
    );
    expect(active.outcome).toBe('scheduled');
    expect(active.next?.action).toBe('notify');
  });

  it('10.2 "if the account is not unfrozen within a month of the freeze, it is deleted with all its data"', () => {
    const stillFrozen = evaluateRetention(
      retention,
      { ...account, stageReached: 'freeze' },
      { at: '2026-03-11T12:00:00Z' },
    );
    expect(stillFrozen.outcome).toBe('scheduled');
    const deleted = evaluateRetention(
      retention,
      { ...account, stageReached: 'freeze' },
      { at: '2026-03-12T00:00:00Z' },
    );
    expect([deleted.outcome, deleted.action?.action]).toEqual(['due', 'delete']);
  });

  it('10.3 "the Service keeps a copy of the account for 180 days, then deletes it irreversibly"', () => {
    const kept = evaluateRetention(
      retention,
      { ...account, stageReached: 'delete' },
      { at: '2026-09-07T12:00:00Z' },
    );
    expect(kept.outcome).toBe('scheduled');
    expect(kept.next?.action).toBe('purge');
    const purged = evaluateRetention(
      retention,
      { ...account, stageReached: 'delete' },
      { at: '2026-09-08T00:00:00Z' },
    );
    expect([purged.outcome, purged.action?.action]).toEqual(['due', 'purge']);
  });
});

describe('Planfix: requests (10.5, 12.2, 2.1-2.4)', () => {
  it('10.5 "a personal data deletion request is completed within 30 days" (Germany: the promise binds before the GDPR month)', () => {
    const { request } = openRequest(
      { id: 'r-1', tenant: 'planfix', type: 'erasure', subject: 'p-1', jurisdiction: 'DE' },
      { at: '2026-01-15T08:00:00Z' },
    );
    const deadline = computeDeadline(request, {
      at: '2026-01-15T08:00:00Z',
      policy: planfix.dsr.policy,
    });
    expect(deadline.outcome === 'due' && [deadline.due, deadline.binding]).toEqual([
      '2026-02-14',
      'policy',
    ]);
  });

  it('10.5 the 30 days hold for a user whom no statute covers (Ukraine)', () => {
    const { request } = openRequest(
      { id: 'r-2', tenant: 'planfix', type: 'erasure', subject: 'p-2', jurisdiction: 'UA' },
      { at: '2026-03-02T10:00:00Z' },
    );
    const deadline = computeDeadline(request, {
      at: '2026-03-02T10:00:00Z',
      policy: planfix.dsr.policy,
    });
    expect(deadline.outcome === 'due' && deadline.due).toBe('2026-04-01');
    // Without the promise there is no deadline at all: the test would catch its removal.
    expect(computeDeadline(request, { at: '2026-03-02T10:00:00Z' }).outcome).toBe('no-deadline');
  });

  it.each(['access', 'rectification'] as const)(
    '12.2 "the Operator answers a request for %s within 30 days"',
    (type) => {
      const { request } = openRequest(
        { id: `r-${type}`, tenant: 'planfix', type, subject: 'p-3', jurisdiction: 'FR' },
        { at: '2026-05-04T09:00:00Z' },
      );
      const deadline = computeDeadline(request, {
        at: '2026-05-04T09:00:00Z',
        policy: planfix.dsr.policy,
      });
      expect(deadline.outcome === 'due' && [deadline.due, deadline.binding]).toEqual([
        '2026-06-03',
        'policy',
      ]);
    },
  );

  it('10.5 an erasure through the service is fulfilled and closed before the 30th day', async () => {
    const clock = createSimulatedClock('2026-01-15T08:00:00Z');
    const erased: string[] = [];
    const service = dsrServiceFor(planfix, {
      store: createMemoryDsrStore(),
      clock,
      systems: [
        {
          id: 'accounts',
          async erase(subject) {
            erased.push(subject);
          },
        },
      ],
    });
    const request = await service.submit({
      tenant: 'planfix',
      type: 'erasure',
      subject: 'p-4',
      jurisdiction: 'PL',
    });
    const ref = { tenant: 'planfix', requestId: request.id };
    const deadline = await service.deadline(ref);
    expect(deadline.outcome === 'due' && deadline.due).toBe('2026-02-14');
    clock.advance('P3D');
    await service.apply({ ...ref, event: { type: 'verify-identity', method: 'e-mail-link' } });
    const report = await service.fulfil(ref);
    expect(report.outcome).toBe('completed');
    expect(erased).toEqual(['p-4']);
  });

  it('2.1-2.4 "a request from an end user of a customer account is forwarded to that customer"', () => {
    expect(routeRequest(planfix, { about: 'service-data' })).toBe('forward-to-controller');
    const { request } = openRequest(
      { id: 'r-5', tenant: 'planfix', type: 'access', subject: 'end-user-9', jurisdiction: 'DE' },
      { at: '2026-04-01T09:00:00Z' },
    );
    const forwarded = transition(
      request,
      { type: 'forward-to-controller', controller: 'customer-acme' },
      { at: '2026-04-01T10:00:00Z' },
    );
    expect(forwarded.ok && forwarded.request.state).toBe('forwarded-to-controller');
  });

  it('2.1-2.4 "requests from account administrators about their own data are handled directly"', () => {
    expect(routeRequest(planfix, { about: 'own-account' })).toBe('handle');
  });
});

describe('Planfix: children (14.1-14.2)', () => {
  it('14.1 "a 12-year-old cannot sign up" (COPPA: nobody under 13)', () => {
    const decision = checkAgeFor(planfix, { jurisdiction: 'US', at: '2026-06-01', age: 12 });
    expect(decision.outcome).toBe('deny');
    expect(decision.boundBy).toBe('policy');
    expect(codes(decision.reasons)).toContain('BELOW_POLICY_MINIMUM');
  });

  it('14.1 a 13-year-old in the US may sign up', () => {
    expect(checkAgeFor(planfix, { jurisdiction: 'US', at: '2026-06-01', age: 13 }).outcome).toBe(
      'allow',
    );
  });

  it('14.2 "a child\'s data is deleted at a parent\'s request": discovery files an erasure request', () => {
    const found = childDataDiscovered({
      jurisdiction: 'US',
      at: '2026-06-01',
      age: 12,
      policy: planfix.age.policy,
    });
    expect(found.outcome).toBe('erase');
    expect(found.actions[0]?.type).toBe('file-erasure-request');
    expect(planfix.age.deleteChildData).toBe(true);
  });
});

describe('Planfix: transfers, consent and signals', () => {
  it('"support works worldwide, so data crosses borders": with no locations named, Pledge will not call the flow lawful', () => {
    const report = assessDataMapFor(planfix, '2026-06-01');
    expect(report.flows.map((flow) => flow.decision.outcome)).toEqual(['unknown']);
  });

  it('"marketing only with consent": no record, no marketing', async () => {
    const { ledger } = await ledgerOnSimulatedClock(planfix, '2026-06-01T09:00:00Z');
    const decision = ledger.check({ subject: 'p-7', purpose: 'marketing', jurisdiction: 'DE' });
    expect([decision.outcome, decision.reasons[0]?.code]).toEqual(['deny', 'NO_CONSENT_RECORD']);
  });

  it('9.2 "the Service does not respond to Do Not Track signals"', async () => {
    const { ledger } = await ledgerOnSimulatedClock(planfix, '2026-06-01T09:00:00Z');
    await ledger.record({
      subject: 'p-8',
      purposes: { marketing: 'granted' },
      policyVersion: 'planfix-2023-08-01',
      jurisdiction: 'DE',
      source: 'preference-centre',
    });
    await ledger.recordSignal({ subject: 'p-8', signal: 'dnt', jurisdiction: 'DE' });
    const decision = ledger.check({ subject: 'p-8', purpose: 'marketing' });
    expect([decision.outcome, decision.reasons[0]?.code]).toEqual(['allow', 'CONSENT_GRANTED']);
  });
});
