import { evaluateRetention } from '@pledge/retention';
import { describe, expect, it } from 'vitest';
import { definePledgePolicy, retentionPolicyFor, website } from './index.js';
import { ledgerOnSimulatedClock } from './test-support.js';

const codes = (reasons: readonly { readonly code: string }[]) => reasons.map((why) => why.code);

describe('Website statement: server logs', () => {
  const retention = retentionPolicyFor(website);
  // A log line written on 1 March 2026 (day 0).
  const log = {
    id: 'log-1',
    category: 'server-log',
    events: { collected: '2026-03-01T10:00:00Z' },
  };

  it('"Collected data is stored for 14 days": kept through 15 March', () => {
    const kept = evaluateRetention(retention, log, { at: '2026-03-15T23:59:59.999Z' });
    expect(kept.outcome).toBe('scheduled');
    expect(kept.next?.action).toBe('delete');
  });

  it('"server logs are deleted after 14 days": due for deletion from 16 March', () => {
    const due = evaluateRetention(retention, log, { at: '2026-03-16T00:00:00Z' });
    expect([due.outcome, due.action?.action]).toEqual(['due', 'delete']);
    expect(codes(due.reasons)).toEqual(['RULE_APPLIES', 'STAGE_DUE']);
  });
});

describe('Website statement: cookies', () => {
  it.each(['analytics', 'reporting', 'marketing'])(
    '"analytics cookies only after consent": no %s before a choice, in Germany',
    async (purpose) => {
      const { ledger } = await ledgerOnSimulatedClock(website, '2026-03-01T10:00:00Z');
      const decision = ledger.check({ subject: 'v-1', purpose, jurisdiction: 'DE' });
      expect([decision.outcome, decision.reasons[0]?.code]).toEqual(['deny', 'NO_CONSENT_RECORD']);
    },
  );

  it('"analytics cookies only after consent": also for a California visitor, where the law would allow an opt-out', async () => {
    const { ledger } = await ledgerOnSimulatedClock(website, '2026-03-01T10:00:00Z');
    const decision = ledger.check({ subject: 'v-2', purpose: 'analytics', jurisdiction: 'US-CA' });
    expect(decision.outcome).toBe('deny');
  });

  it('marketing cookies stay off for a California visitor whose browser sends Global Privacy Control, even after "accept all"', async () => {
    const { ledger } = await ledgerOnSimulatedClock(website, '2026-03-01T10:00:00Z');
    await ledger.recordSignal({ subject: 'v-gpc', signal: 'gpc', jurisdiction: 'US-CA' });
    await ledger.record({
      subject: 'v-gpc',
      purposes: { analytics: 'granted', marketing: 'granted' },
      policyVersion: 'website-2026',
      jurisdiction: 'US-CA',
      source: 'banner',
    });
    const marketing = ledger.check({ subject: 'v-gpc', purpose: 'marketing' });
    expect([marketing.outcome, marketing.reasons[0]?.code]).toEqual(['deny', 'GPC_OPT_OUT']);
    expect(ledger.check({ subject: 'v-gpc', purpose: 'analytics' }).outcome).toBe('allow');
  });

  it('"consent, which you provide in the cookie settings at the start of your visit" allows analytics', async () => {
    const { ledger } = await ledgerOnSimulatedClock(website, '2026-03-01T10:00:00Z');
    await ledger.record({
      subject: 'v-3',
      purposes: { analytics: 'granted' },
      policyVersion: 'website-2026',
      jurisdiction: 'DE',
      source: 'banner',
    });
    const decision = ledger.check({ subject: 'v-3', purpose: 'analytics' });
    expect([decision.outcome, decision.reasons[0]?.code]).toEqual(['allow', 'CONSENT_GRANTED']);
  });

  it('"You can withdraw your consent at any time ... with future effect"', async () => {
    const { ledger, clock } = await ledgerOnSimulatedClock(website, '2026-03-01T10:00:00Z');
    await ledger.record({
      subject: 'v-4',
      purposes: { marketing: 'granted' },
      policyVersion: 'website-2026',
      jurisdiction: 'DE',
      source: 'banner',
    });
    clock.advance('P7D');
    await ledger.withdraw({
      subject: 'v-4',
      purposes: ['marketing'],
      policyVersion: 'website-2026',
      jurisdiction: 'DE',
      source: 'preference-centre',
    });
    const now = ledger.check({ subject: 'v-4', purpose: 'marketing' });
    expect([now.outcome, now.reasons[0]?.code]).toEqual(['deny', 'CONSENT_WITHDRAWN']);
    const before = ledger.check({
      subject: 'v-4',
      purpose: 'marketing',
      at: '2026-03-03T00:00:00Z',
    });
    expect(before.outcome).toBe('allow');
  });

  it('server logs rest on legitimate interest and need no consent', async () => {
    const { ledger } = await ledgerOnSimulatedClock(website, '2026-03-01T10:00:00Z');
    const decision = ledger.check({
      subject: 'v-5',
      purpose: 'website-operation',
      jurisdiction: 'DE',
    });
    expect([decision.outcome, decision.reasons[0]?.code]).toEqual(['allow', 'ESSENTIAL_PURPOSE']);
  });
});

describe('Website statement: policy changes', () => {
  it('"Significant changes will be communicated": consent given under the old version is asked again', async () => {
    const revised = definePledgePolicy({
      ...website,
      notice: {
        ...website.notice,
        consentPolicy: {
          versions: [
            ...website.notice.consentPolicy.versions,
            {
              id: 'website-2026-07',
              effectiveFrom: '2026-07-01',
              material: true,
              affectedPurposes: ['analytics'],
            },
          ],
        },
      },
    });
    const { ledger, clock } = await ledgerOnSimulatedClock(revised, '2026-03-01T10:00:00Z');
    await ledger.record({
      subject: 'v-6',
      purposes: { analytics: 'granted' },
      policyVersion: 'website-2026',
      jurisdiction: 'DE',
      source: 'banner',
    });
    clock.set('2026-07-02T00:00:00Z');
    const decision = ledger.check({ subject: 'v-6', purpose: 'analytics' });
    expect(decision.outcome).toBe('deny');
    expect(codes(decision.reasons)).toContain('POLICY_VERSION_CHANGED');
  });

  it('"An archive of previous versions of this privacy policy" is kept: earlier versions stay in the configuration', () => {
    expect(website.notice.archiveOfPreviousVersions).toBe(true);
  });
});
