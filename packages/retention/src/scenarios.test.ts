import { ValidationError } from '@pledge/core';
import { describe, expect, it } from 'vitest';
import { evaluateRetention } from './evaluate-retention.js';
import { retentionExemptions } from './retention-exemptions.js';
import { defineRetentionPolicy } from './retention-policy.js';
import type { RetentionRule } from './retention-rule.js';
import { retentionTemplate } from './retention-template.js';

const codes = (decision: { reasons: readonly { code: string }[] }) =>
  decision.reasons.map((r) => r.code);

describe('server logs: kept 14 days (seed policy 001)', () => {
  const policy = defineRetentionPolicy({ rules: [retentionTemplate('host-server-logs-14d')] });
  const log = {
    id: 'log-1',
    category: 'server-log',
    events: { collected: '2026-03-01T10:00:00Z' },
  };

  // Day 0 = 1 March. Day 14 = 15 March: kept all day. Day 15 = 16 March: deleted.
  it.each([
    ['day 0', '2026-03-01T10:00:00Z', 'scheduled'],
    ['day 14, first millisecond', '2026-03-15T00:00:00.000Z', 'scheduled'],
    ['day 14, last millisecond', '2026-03-15T23:59:59.999Z', 'scheduled'],
    ['day 15, first millisecond', '2026-03-16T00:00:00.000Z', 'due'],
    ['day 15, noon', '2026-03-16T12:00:00Z', 'due'],
  ])('%s → %s', (_name, at, outcome) => {
    const decision = evaluateRetention(policy, log, { at });
    expect(decision.outcome).toBe(outcome);
    expect(decision.ruleId).toBe('host-server-logs-14d');
    if (outcome === 'due') {
      expect(decision.action?.action).toBe('delete');
      expect(codes(decision)).toEqual(['RULE_APPLIES', 'STAGE_DUE']);
    } else {
      expect(decision.action).toBeNull();
      expect(decision.next?.action).toBe('delete');
      expect(decision.next?.dueOn).toBe('2026-03-16');
      expect(decision.next?.dueAt.toISOString()).toBe('2026-03-16T00:00:00.000Z');
      expect(codes(decision)).toEqual(['RULE_APPLIES', 'NOTHING_DUE_YET']);
    }
  });

  it('cites the seed policy and its unverified confidence', () => {
    const decision = evaluateRetention(policy, log, { at: '2026-03-16' });
    expect(decision.reasons[0]?.citation?.confidence).toBe('unverified');
    expect(decision.reasons[0]?.citation?.law).toMatch(/Seed policy 001/);
  });

  it('once deleted (stageReached) the lifecycle is complete', () => {
    const decision = evaluateRetention(
      policy,
      { ...log, stageReached: 'delete' },
      { at: '2026-04-01' },
    );
    expect(decision.outcome).toBe('complete');
    expect(codes(decision)).toEqual(['RULE_APPLIES', 'STAGE_ALREADY_REACHED']);
  });

  it('counts days in the policy time zone', () => {
    const berlin = defineRetentionPolicy({
      rules: [retentionTemplate('host-server-logs-14d')],
      timeZone: 'Europe/Berlin',
    });
    // 23:30 UTC on 28 February is 00:30 on 1 March in Berlin.
    const late = { ...log, events: { collected: '2026-02-28T23:30:00Z' } };
    const decision = evaluateRetention(berlin, late, { at: '2026-03-15T22:59:59.999Z' });
    expect(decision.outcome).toBe('scheduled');
    expect(decision.next?.dueOn).toBe('2026-03-16');
    expect(decision.next?.dueAt.toISOString()).toBe('2026-03-15T23:00:00.000Z');
    expect(evaluateRetention(berlin, late, { at: '2026-03-15T23:00:00Z' }).outcome).toBe('due');
  });
});

describe('Planfix account lifecycle (seed policy 003)', () => {
  const policy = defineRetentionPolicy({ rules: [retentionTemplate('planfix-account-lifecycle')] });
  // Last activity on day 0 = 10 January 2026.
  const account = {
    id: 'acc-1',
    category: 'account',
    events: { 'last-activity': '2026-01-10T08:00:00Z' },
  };
  const day = (n: number) => new Date(Date.UTC(2026, 0, 10 + n, 12));

  it('schedules notify +23 days, freeze +30, delete 30 days after the freeze, purge 180 days after deletion', () => {
    expect(evaluateRetention(policy, account, { at: day(0) }).next?.action).toBe('notify');
    const dueOn = (n: number, reached?: 'notify' | 'freeze' | 'delete') =>
      evaluateRetention(policy, reached ? { ...account, stageReached: reached } : account, {
        at: day(n),
      });
    // After 23 whole days of inactivity (from day 24) the owner is warned ...
    expect(dueOn(23).outcome).toBe('scheduled');
    expect(dueOn(24).action?.action).toBe('notify');
    expect(dueOn(24).action?.dueOn).toBe('2026-02-03');
    // ... one week before the freeze, which follows 30 whole days of inactivity.
    expect(dueOn(30, 'notify').outcome).toBe('scheduled');
    expect(dueOn(30, 'notify').next?.dueOn).toBe('2026-02-10');
    expect(dueOn(31, 'notify').action?.action).toBe('freeze');
    // Deleted 30 days after the freeze, the copy purged 180 days after deletion.
    expect(dueOn(60, 'freeze').next?.action).toBe('delete');
    expect(dueOn(60, 'freeze').next?.dueOn).toBe('2026-03-12');
    expect(dueOn(61, 'freeze').action?.action).toBe('delete');
    expect(dueOn(240, 'delete').next?.dueOn).toBe('2026-09-08');
    expect(dueOn(241, 'delete').action?.action).toBe('purge');
    expect(dueOn(241, 'delete').outcome).toBe('due');
    const dayOf = (text: string) => Date.parse(text) / 86_400_000;
    expect(dayOf('2026-02-10') - dayOf('2026-02-03')).toBe(7);
    expect(dayOf('2026-03-12') - dayOf('2026-02-10')).toBe(30);
    expect(dayOf('2026-09-08') - dayOf('2026-03-12')).toBe(180);
  });

  it('activity before the freeze resets the lifecycle', () => {
    const warned = { ...account, stageReached: 'notify' as const };
    expect(evaluateRetention(policy, warned, { at: day(31) }).action?.action).toBe('freeze');
    // The owner logs in on day 27, after the warning and before the freeze.
    const active = { ...warned, events: { 'last-activity': day(27) } };
    const decision = evaluateRetention(policy, active, { at: day(31) });
    expect(decision.outcome).toBe('scheduled');
    expect(decision.stage).toBeNull();
    expect(decision.next?.action).toBe('notify');
    expect(decision.next?.dueOn).toBe('2026-03-02');
    expect(evaluateRetention(policy, active, { at: day(27 + 31) }).action?.action).toBe('freeze');
  });

  it('a sweep that runs late acts on the current stage only', () => {
    const decision = evaluateRetention(policy, account, { at: day(45) });
    expect(decision.action?.action).toBe('freeze');
    expect(decision.stage?.stageIndex).toBe(1);
  });
});

describe('legal holds block destruction while active', () => {
  const hold = {
    id: 'hold-42',
    scope: { subject: 'p-7' },
    placedAt: '2026-03-10T00:00:00Z',
    reason: 'litigation 2026/17',
    citation: {
      law: 'Regulation (EU) 2016/679 (GDPR)',
      article: 'Art. 17(3)(e)',
      confidence: 'secondary' as const,
    },
  };
  const log = {
    id: 'log-9',
    category: 'server-log',
    subject: 'p-7',
    events: { collected: '2026-03-01T10:00:00Z' },
  };

  it('blocks the delete and releases it when lifted', () => {
    const held = defineRetentionPolicy({
      rules: [retentionTemplate('host-server-logs-14d')],
      holds: [hold],
    });
    const blocked = evaluateRetention(held, log, { at: '2026-03-16T00:00:00Z' });
    expect(blocked.outcome).toBe('blocked');
    expect(blocked.action).toBeNull();
    expect(blocked.next?.action).toBe('delete');
    expect(blocked.holdIds).toEqual(['hold-42']);
    expect(codes(blocked)).toEqual(['RULE_APPLIES', 'BLOCKED_BY_LEGAL_HOLD']);
    expect(blocked.reasons[1]?.citation?.article).toBe('Art. 17(3)(e)');

    const released = defineRetentionPolicy({
      rules: [retentionTemplate('host-server-logs-14d')],
      holds: [{ ...hold, releasedAt: '2026-04-01T09:00:00Z' }],
    });
    expect(evaluateRetention(released, log, { at: '2026-04-01T08:59:59.999Z' }).outcome).toBe(
      'blocked',
    );
    const after = evaluateRetention(released, log, { at: '2026-04-01T09:00:00Z' });
    expect(after.outcome).toBe('due');
    expect(after.action?.action).toBe('delete');
    expect(after.holdIds).toEqual([]);
  });

  it('does not block a non-destructive action, and ignores other subjects', () => {
    const policy = defineRetentionPolicy({
      rules: [retentionTemplate('planfix-account-lifecycle')],
    });
    const account = {
      id: 'a',
      category: 'account',
      subject: 'p-7',
      events: { 'last-activity': '2026-01-10' },
    };
    const decision = evaluateRetention(policy, account, { at: '2026-03-11', holds: [hold] });
    expect(decision.action?.action).toBe('freeze');
    expect(decision.holdIds).toEqual(['hold-42']);
    const logs = defineRetentionPolicy({
      rules: [retentionTemplate('host-server-logs-14d')],
      holds: [hold],
    });
    expect(evaluateRetention(logs, { ...log, subject: 'p-8' }, { at: '2026-03-16' }).outcome).toBe(
      'due',
    );
  });
});

const invoiceRule: RetentionRule = {
  id: 'invoices-10y',
  scope: { category: 'invoice' },
  basis: 'legal-obligation',
  citation: {
    law: 'Handelsgesetzbuch (HGB); Abgabenordnung (AO)',
    article: 'HGB §257(4); AO §147(3) (10 years)',
    confidence: 'secondary',
  },
  trigger: { event: 'collected', anchor: 'end-of-calendar-year' },
  stages: [{ after: 'P10Y', action: 'delete' }],
  minimum: 'P10Y',
};

describe('erasure requests and legal obligations (GDPR Art. 17(3)(b))', () => {
  const profileRule: RetentionRule = {
    id: 'profile',
    scope: { category: 'profile' },
    basis: 'contract',
    citation: { law: 'Terms of service', article: '§9', confidence: 'unverified' },
    trigger: { event: 'account-closed' },
    stages: [{ after: 'P30D', action: 'delete' }],
  };
  const policy = defineRetentionPolicy({ rules: [invoiceRule, profileRule] });
  const records = [
    { id: 'inv-1', category: 'invoice', subject: 'p-1', events: { collected: '2026-03-14' } },
    { id: 'prof-1', category: 'profile', subject: 'p-1', events: {} },
  ];

  it('an invoice under a 10-year end-of-year rule survives and is reported as a kept exemption', () => {
    const result = retentionExemptions(policy, {
      subject: 'p-1',
      records,
      at: '2026-06-01T00:00:00Z',
    });
    expect(result.outcome).toBe('partial');
    expect(result.erasableRecordIds).toEqual(['prof-1']);
    expect(result.kept).toHaveLength(1);
    expect(result.kept[0]).toMatchObject({
      category: 'invoice',
      recordIds: ['inv-1'],
      basis: 'legal-obligation',
      ruleId: 'invoices-10y',
      keepUntil: '2036-12-31',
      restrict: true,
    });
    expect(result.kept[0]?.ground.article).toBe('Art. 17(3)(b)');
    expect(result.kept[0]?.citation.article).toBe('HGB §257(4); AO §147(3) (10 years)');
    expect(result.reasons.map((r) => r.code)).toEqual(['RETENTION_BEATS_DELETION']);
  });

  it('the invoice becomes erasable on 1 January 2037, not on 31 December 2036', () => {
    expect(
      retentionExemptions(policy, { subject: 'p-1', records, at: '2036-12-31T23:59:59.999Z' })
        .outcome,
    ).toBe('partial');
    const later = retentionExemptions(policy, {
      subject: 'p-1',
      records,
      at: '2037-01-01T00:00:00Z',
    });
    expect(later.outcome).toBe('none-kept');
    expect(later.erasableRecordIds).toEqual(['inv-1', 'prof-1']);
    expect(
      evaluateRetention(policy, records[0] as never, { at: '2037-01-01' }).action?.action,
    ).toBe('delete');
  });

  it('a legal-claims rule keeps data under Art. 17(3)(e) while its minimum runs', () => {
    const claims = defineRetentionPolicy({
      rules: [
        {
          id: 'dispute-files-3y',
          scope: { category: 'dispute-file' },
          basis: 'legal-claims',
          citation: { law: 'BGB', article: '§195 (limitation period)', confidence: 'unverified' },
          trigger: { event: 'contract-ended', anchor: 'end-of-calendar-year' },
          stages: [{ after: 'P3Y', action: 'delete' }],
          minimum: 'P3Y',
        },
      ],
    });
    const file = {
      id: 'f-1',
      category: 'dispute-file',
      events: { 'contract-ended': '2026-02-01' },
    };
    const result = retentionExemptions(claims, {
      subject: 'p-1',
      records: [file],
      at: '2027-01-01',
    });
    expect(result.outcome).toBe('all-kept');
    expect(result.kept[0]).toMatchObject({
      basis: 'legal-claims',
      keepUntil: '2029-12-31',
      ruleId: 'dispute-files-3y',
    });
    expect(result.kept[0]?.ground.article).toBe('Art. 17(3)(e)');
  });

  it('a legal hold keeps data under Art. 17(3)(e)', () => {
    const result = retentionExemptions(policy, {
      subject: 'p-1',
      records,
      at: '2026-06-01',
      holds: [
        {
          id: 'h1',
          scope: { subject: 'p-1', category: 'profile' },
          placedAt: '2026-05-01',
          reason: 'claim',
        },
      ],
    });
    expect(result.outcome).toBe('all-kept');
    expect(result.kept.map((k) => [k.basis, k.ground.article])).toEqual([
      ['legal-obligation', 'Art. 17(3)(b)'],
      ['legal-claims', 'Art. 17(3)(e)'],
    ]);
  });
});

describe('precedence, applied in order and reported', () => {
  const citation = { law: 'Host policy', article: '§1', confidence: 'unverified' as const };
  const rule = (id: string, patch: Partial<RetentionRule>): RetentionRule => ({
    id,
    scope: { category: 'crm-contact' },
    basis: 'contract',
    citation,
    trigger: { event: 'collected' },
    stages: [{ after: 'P1Y', action: 'delete' }],
    ...patch,
  });
  const contact = {
    id: 'c-1',
    category: 'crm-contact',
    tenant: 't1',
    events: { collected: '2026-05-01' },
  };

  it('retention beats deletion: a minimum withholds another rule’s delete', () => {
    const policy = defineRetentionPolicy({
      rules: [
        rule('crm-1y', {}),
        rule('tax-6y', {
          basis: 'legal-obligation',
          minimum: 'P6Y',
          stages: [{ after: 'P6Y', action: 'review' }],
          trigger: { event: 'collected', anchor: 'end-of-calendar-year' },
        }),
      ],
    });
    const decision = evaluateRetention(policy, contact, { at: '2027-06-01' });
    expect(decision.outcome).toBe('retained');
    expect(decision.ruleId).toBe('crm-1y');
    expect(decision.keepUntil).toBe('2032-12-31');
    expect(decision.next?.dueOn).toBe('2033-01-01');
    expect(codes(decision)).toEqual([
      'RULE_APPLIES',
      'RETENTION_BEATS_DELETION',
      'SHORTEST_DELETION_WINS',
    ]);
    expect(decision.reasons[1]?.params).toMatchObject({ ruleId: 'tax-6y', minimum: 'P6Y' });
    expect(evaluateRetention(policy, contact, { at: '2033-01-01' }).outcome).toBe('due');
  });

  it('longest minimum wins', () => {
    const policy = defineRetentionPolicy({
      rules: [
        rule('crm-1y', {}),
        rule('letters-6y', {
          basis: 'legal-obligation',
          minimum: 'P6Y',
          stages: [{ after: 'P6Y', action: 'review' }],
        }),
        rule('books-10y', {
          basis: 'legal-obligation',
          minimum: 'P10Y',
          stages: [{ after: 'P10Y', action: 'review' }],
        }),
      ],
    });
    const decision = evaluateRetention(policy, contact, { at: '2034-01-01' });
    expect(decision.outcome).toBe('retained');
    expect(decision.keepUntil).toBe('2036-05-01');
    expect(codes(decision)).toEqual([
      'RULE_APPLIES',
      'RETENTION_BEATS_DELETION',
      'LONGEST_MINIMUM_WINS',
      'SHORTEST_DELETION_WINS',
    ]);
    expect(decision.reasons[2]?.params).toMatchObject({ ruleId: 'books-10y' });
  });

  it('explicit beats implicit: a tenant rule beats the category rule, which beats the catch-all', () => {
    const policy = defineRetentionPolicy({
      rules: [
        rule('any-90d', {
          scope: { category: '*' },
          stages: [{ after: 'P90D', action: 'delete' }],
        }),
        rule('crm-1y', {}),
        rule('crm-t1-2y', {
          scope: { category: 'crm-contact', tenant: 't1' },
          stages: [{ after: 'P2Y', action: 'delete' }],
        }),
      ],
    });
    const decision = evaluateRetention(policy, contact, { at: '2026-06-01' });
    expect(decision.ruleId).toBe('crm-t1-2y');
    expect(decision.next?.dueOn).toBe('2028-05-02');
    expect(codes(decision)).toEqual(['RULE_APPLIES', 'EXPLICIT_BEATS_IMPLICIT', 'NOTHING_DUE_YET']);
    expect(decision.reasons[1]?.params).toMatchObject({ over: ['crm-1y', 'any-90d'] });
    expect(
      evaluateRetention(policy, { ...contact, tenant: 't2' }, { at: '2026-06-01' }).ruleId,
    ).toBe('crm-1y');
    expect(
      evaluateRetention(policy, { ...contact, category: 'other' }, { at: '2026-06-01' }).ruleId,
    ).toBe('any-90d');
  });

  it('shortest deletion wins among equally explicit rules', () => {
    const policy = defineRetentionPolicy({
      rules: [rule('crm-1y', {}), rule('crm-6m', { stages: [{ after: 'P6M', action: 'delete' }] })],
    });
    const decision = evaluateRetention(policy, contact, { at: '2026-11-02' });
    expect(decision.ruleId).toBe('crm-6m');
    expect(decision.action?.action).toBe('delete');
    expect(codes(decision)).toEqual(['RULE_APPLIES', 'SHORTEST_DELETION_WINS', 'STAGE_DUE']);
  });

  it('a hold and a minimum both report, the hold first', () => {
    const policy = defineRetentionPolicy({
      rules: [rule('crm-1y', { minimum: 'P1Y' })],
      holds: [{ id: 'h', scope: { tenant: 't1' }, placedAt: '2026-01-01', reason: 'audit' }],
    });
    const decision = evaluateRetention(policy, contact, { at: '2027-06-01' });
    expect(decision.outcome).toBe('blocked');
    expect(codes(decision)[1]).toBe('BLOCKED_BY_LEGAL_HOLD');
  });

  it('a locked rule’s deletion acts as a minimum for broader rules', () => {
    const policy = defineRetentionPolicy({
      rules: [
        rule('crm-2y-locked', {
          scope: { category: '*' },
          locked: true,
          stages: [{ after: 'P2Y', action: 'delete' }],
        }),
        rule('crm-1y', {}),
      ],
    });
    const decision = evaluateRetention(policy, contact, { at: '2027-06-01' });
    expect(decision.ruleId).toBe('crm-1y');
    expect(decision.outcome).toBe('retained');
    expect(decision.reasons[1]?.params).toMatchObject({
      ruleId: 'crm-2y-locked',
      source: 'locked',
    });
  });

  it('fails closed: unknown category, missing trigger, missing anchor of a minimum', () => {
    const policy = defineRetentionPolicy({
      rules: [
        rule('crm-1y', {}),
        rule('tax', {
          basis: 'legal-obligation',
          minimum: 'P6Y',
          trigger: { event: 'contract-ended' },
          stages: [{ after: 'P6Y', action: 'review' }],
        }),
      ],
    });
    const unknown = evaluateRetention(policy, { ...contact, category: 'x' }, { at: '2030-01-01' });
    expect(unknown.outcome).toBe('unknown');
    expect(codes(unknown)).toEqual(['NO_MATCHING_RULE']);
    const missing = evaluateRetention(policy, { ...contact, events: {} }, { at: '2030-01-01' });
    expect(missing.outcome).toBe('unknown');
    expect(codes(missing)).toEqual(['TRIGGER_EVENT_MISSING', 'TRIGGER_EVENT_MISSING']);
    const kept = evaluateRetention(policy, contact, { at: '2030-01-01' });
    expect(kept.outcome).toBe('retained');
    expect(kept.next).toBeNull();
    expect(codes(kept)).toContain('MINIMUM_ANCHOR_MISSING');
  });
});

describe('bad policies', () => {
  const base = retentionTemplate('host-server-logs-14d', { id: 'logs' });
  it.each([
    [
      'a time-of-day duration',
      { ...base, stages: [{ after: 'PT72H', action: 'delete' }] },
      'policy.rules[0].stages[0].after',
    ],
    [
      'an unknown action',
      { ...base, stages: [{ after: 'P1D', action: 'shred' }] },
      'policy.rules[0].stages[0].action',
    ],
    [
      'stages out of order',
      {
        ...base,
        stages: [
          { after: 'P1M', action: 'notify' },
          { after: 'P30D', action: 'delete' },
        ],
      },
      'policy.rules[0].stages[1].after',
    ],
    [
      'a bad trigger event',
      { ...base, trigger: { event: 'Last Activity' } },
      'policy.rules[0].trigger.event',
    ],
  ])('%s names the rule and the field', (_name, rule, field) => {
    let thrown: unknown;
    try {
      defineRetentionPolicy({ rules: [rule as RetentionRule] });
    } catch (error) {
      thrown = error;
    }
    expect(ValidationError.isInstance(thrown)).toBe(true);
    const issue = (thrown as ValidationError).issues[0];
    expect(issue?.field).toBe(field);
    expect(issue?.message).toMatch(/^rule logs: /);
  });

  it('duplicate ids and stage order name the rule in the message', () => {
    expect(() => defineRetentionPolicy({ rules: [base, base] })).toThrow(
      /policy\.rules\[1\]\.id: rule logs: duplicate rule id/,
    );
    expect(() =>
      defineRetentionPolicy({
        rules: [
          {
            ...base,
            stages: [
              { after: 'P1M', action: 'notify' },
              { after: 'P30D', action: 'delete' },
            ],
          },
        ],
      }),
    ).toThrow(/rule logs: expected stages in order/);
  });
});
