import { createSimulatedClock, ValidationError } from '@pledge/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConsentStore, StoredConsentEvent } from './consent-store.js';
import { type ConsentLedgerOptions, createConsentLedger } from './ledger.js';
import { createMemoryConsentStore, createMemorySubjectKeyVault } from './memory-store.js';
import type { PurposeDefinition } from './purpose.js';

const purposes: PurposeDefinition[] = [
  { id: 'necessary', legalBasis: 'consent', essential: true, consentMode: ['security_storage'] },
  {
    id: 'analytics',
    legalBasis: 'consent',
    lifetime: 'P13M',
    tracking: true,
    consentMode: ['analytics_storage'],
  },
  {
    id: 'marketing',
    legalBasis: 'consent',
    consentMode: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  },
  { id: 'sale', legalBasis: 'consent', saleOrSharing: true },
  { id: 'targeted-ads', legalBasis: 'consent', saleOrSharing: true, tracking: true },
  { id: 'billing', legalBasis: 'contract' },
  { id: 'fraud-prevention', legalBasis: 'legitimate-interests' },
];

const policy = {
  versions: [
    { id: 'v1', effectiveFrom: '2026-01-01T00:00:00Z', material: true },
    { id: 'v2', effectiveFrom: '2026-03-01T00:00:00Z', material: false },
    {
      id: 'v3',
      effectiveFrom: '2026-06-01T00:00:00Z',
      material: true,
      affectedPurposes: ['marketing'],
    },
  ],
};

function setup(overrides: Partial<ConsentLedgerOptions> = {}) {
  const clock = createSimulatedClock('2026-02-01T10:00:00Z');
  const store = overrides.store ?? createMemoryConsentStore();
  const keys = createMemorySubjectKeyVault();
  let n = 0;
  const ledger = createConsentLedger({
    store,
    keys,
    clock,
    secret: new Uint8Array(32).fill(7),
    purposes,
    policy,
    ids: () => `evt-${++n}`,
    controller: { name: 'Planfix', contact: 'privacy@example.com' },
    ...overrides,
  });
  return { ledger, clock, store, keys };
}

const grant = (
  subject: string,
  purposeStates: Record<string, 'granted' | 'denied' | 'withdrawn'>,
  extra: Record<string, unknown> = {},
) => ({
  subject,
  purposes: purposeStates,
  policyVersion: 'v1',
  jurisdiction: 'DE',
  source: 'banner' as const,
  ...extra,
});

describe('consent ledger: named scenarios', () => {
  it('grant → withdraw: allowed before, denied after, and the past is not rewritten (Art. 7(3))', async () => {
    const { ledger, clock } = setup();
    await ledger.record(grant('alice', { analytics: 'granted' }));
    const grantedAt = clock.now().toISOString();
    clock.advance('P10D');
    await ledger.withdraw({
      subject: 'alice',
      purposes: ['analytics'],
      policyVersion: 'v1',
      jurisdiction: 'DE',
      source: 'preference-centre',
    });
    const after = ledger.check({ subject: 'alice', purpose: 'analytics' });
    expect(after.outcome).toBe('deny');
    expect(after.reasons[0]?.code).toBe('CONSENT_WITHDRAWN');
    expect(after.reasons[0]?.citation?.article).toBe('Art. 7(3)');
    const before = ledger.check({
      subject: 'alice',
      purpose: 'analytics',
      at: '2026-02-05T00:00:00Z',
    });
    expect(before).toMatchObject({
      outcome: 'allow',
      reasons: [{ code: 'CONSENT_GRANTED', params: { grantedAt } }],
    });
    // Before the grant there was nothing: opt-in under the GDPR.
    expect(
      ledger.check({ subject: 'alice', purpose: 'analytics', at: '2026-01-15T00:00:00Z' })
        .reasons[0]?.code,
    ).toBe('NO_CONSENT_RECORD');
  });

  it('a withdrawal cannot be backdated', async () => {
    const { ledger, store } = setup();
    await expect(
      ledger.withdraw({
        subject: 'alice',
        purposes: ['analytics'],
        policyVersion: 'v1',
        jurisdiction: 'DE',
        source: 'import',
        effectiveAt: '2026-01-20T00:00:00Z',
      } as never),
    ).rejects.toThrowError(ValidationError);
    expect((await store.head('default')).seq).toBe(0);
  });

  it('consent expires after the purpose lifetime (13 months)', async () => {
    const { ledger, clock } = setup();
    await ledger.record(grant('bob', { analytics: 'granted' }));
    clock.advance('P13M');
    expect(
      ledger.check({ subject: 'bob', purpose: 'analytics', at: '2027-03-01T09:59:59Z' }).outcome,
    ).toBe('allow');
    const expired = ledger.check({
      subject: 'bob',
      purpose: 'analytics',
      at: '2027-03-01T10:00:00Z',
    });
    expect(expired).toMatchObject({
      outcome: 'deny',
      reasons: [{ code: 'CONSENT_EXPIRED', params: { expiredAt: '2027-03-01T10:00:00.000Z' } }],
    });
    expect(ledger.pendingReconsent({ subject: 'bob', at: '2027-03-02T00:00:00Z' })).toEqual([
      { purpose: 'analytics', reason: 'CONSENT_EXPIRED', currentVersion: 'v3' },
    ]);
  });

  it('a material policy change forces re-consent for the purposes it affects; a non-material one does not', async () => {
    const { ledger } = setup();
    await ledger.record(grant('carol', { analytics: 'granted', marketing: 'granted' }));
    // v2 (non-material) applies from 1 March: both grants carry over.
    expect(
      ledger.check({ subject: 'carol', purpose: 'marketing', at: '2026-04-01T00:00:00Z' }).outcome,
    ).toBe('allow');
    // v3 (material, marketing only) applies from 1 June.
    const marketing = ledger.check({
      subject: 'carol',
      purpose: 'marketing',
      at: '2026-06-01T00:00:00Z',
    });
    expect(marketing).toMatchObject({
      outcome: 'deny',
      reasons: [
        { code: 'POLICY_VERSION_CHANGED', params: { grantedUnder: 'v1', currentVersion: 'v3' } },
      ],
    });
    expect(
      ledger.check({ subject: 'carol', purpose: 'analytics', at: '2026-06-01T00:00:00Z' }).outcome,
    ).toBe('allow');
    expect(
      ledger
        .pendingReconsent({ subject: 'carol', at: '2026-06-02T00:00:00Z' })
        .map((p) => p.purpose),
    ).toEqual(['marketing']);
  });

  it('GPC in California denies sale and targeted ads but not analytics', async () => {
    const { ledger } = setup();
    await ledger.recordSignal({ subject: 'dave', signal: 'gpc', jurisdiction: 'US-CA' });
    expect(ledger.check({ subject: 'dave', purpose: 'sale' })).toMatchObject({
      outcome: 'deny',
      reasons: [{ code: 'GPC_OPT_OUT', citation: { article: expect.stringContaining('7025') } }],
    });
    expect(ledger.check({ subject: 'dave', purpose: 'targeted-ads' }).reasons[0]?.code).toBe(
      'GPC_OPT_OUT',
    );
    // CCPA is an opt-out regime: analytics is allowed until the subject opts out.
    expect(ledger.check({ subject: 'dave', purpose: 'analytics' })).toMatchObject({
      outcome: 'allow',
      reasons: [{ code: 'OPT_OUT_DEFAULT' }],
    });
  });

  it('an explicit later choice wins for non-sale purposes; GPC still wins for sale unless the subject confirms over the signal', async () => {
    const { ledger, clock } = setup();
    await ledger.recordSignal({ subject: 'erin', signal: 'gpc', jurisdiction: 'US-CA' });
    clock.advance('PT1M');
    await ledger.record(
      grant('erin', { analytics: 'denied', sale: 'granted' }, { jurisdiction: 'US-CA' }),
    );
    expect(ledger.check({ subject: 'erin', purpose: 'analytics' }).reasons[0]?.code).toBe(
      'CONSENT_DENIED',
    );
    expect(ledger.check({ subject: 'erin', purpose: 'sale' }).reasons[0]?.code).toBe('GPC_OPT_OUT');
    clock.advance('PT1M');
    await ledger.record(
      grant('erin', { sale: 'granted' }, { jurisdiction: 'US-CA', overridesSignal: true }),
    );
    expect(ledger.check({ subject: 'erin', purpose: 'sale' }).outcome).toBe('allow');
  });

  it('GPC has no legal effect in Germany (recorded, not binding) unless the host honours it everywhere', async () => {
    const { ledger } = setup();
    await ledger.recordSignal({ subject: 'frank', signal: 'gpc', jurisdiction: 'DE' });
    expect(ledger.check({ subject: 'frank', purpose: 'sale' }).reasons[0]?.code).toBe(
      'NO_CONSENT_RECORD',
    );
    const everywhere = setup({ signals: { gpc: 'always' } }).ledger;
    await everywhere.recordSignal({ subject: 'frank', signal: 'gpc', jurisdiction: 'DE' });
    expect(everywhere.check({ subject: 'frank', purpose: 'sale' }).reasons[0]?.code).toBe(
      'GPC_OPT_OUT',
    );
  });

  it('Do Not Track is ignored by default (the seed policies) and honoured when configured', async () => {
    const ignoring = setup().ledger;
    await ignoring.record(grant('gina', { analytics: 'granted' }));
    await ignoring.recordSignal({ subject: 'gina', signal: 'dnt', jurisdiction: 'DE' });
    expect(ignoring.check({ subject: 'gina', purpose: 'analytics' }).outcome).toBe('allow');
    const honouring = setup({ signals: { dnt: 'opt-out' } });
    await honouring.ledger.record(grant('gina', { analytics: 'granted' }));
    honouring.clock.advance('PT1S');
    await honouring.ledger.recordSignal({ subject: 'gina', signal: 'dnt', jurisdiction: 'DE' });
    expect(honouring.ledger.check({ subject: 'gina', purpose: 'analytics' }).reasons[0]?.code).toBe(
      'DNT_OPT_OUT',
    );
  });

  it('an under-age subject without guardian consent is denied; a guardian grant allows; at the threshold they must re-consent', async () => {
    const { ledger, clock } = setup();
    await ledger.requireGuardian({
      subject: 'kid',
      jurisdiction: 'DE',
      until: '2027-05-01T00:00:00Z',
    });
    await ledger.record(grant('kid', { analytics: 'granted' }));
    expect(ledger.check({ subject: 'kid', purpose: 'analytics' })).toMatchObject({
      outcome: 'deny',
      reasons: [
        {
          code: 'GUARDIAN_CONSENT_REQUIRED',
          params: { grantedBy: 'self' },
          citation: { article: 'Art. 8(1)' },
        },
      ],
    });
    clock.advance('PT1M');
    await ledger.record(
      grant(
        'kid',
        { analytics: 'granted' },
        { actor: { type: 'guardian', verification: 'email-plus', id: 'parent@example.com' } },
      ),
    );
    expect(ledger.check({ subject: 'kid', purpose: 'analytics' }).outcome).toBe('allow');
    expect(
      ledger.check({ subject: 'kid', purpose: 'analytics', at: '2027-05-01T00:00:00Z' }).reasons[0]
        ?.code,
    ).toBe('REQUIRES_RECONSENT');
  });

  it('purposes on other legal bases do not depend on consent; legitimate interests honour an objection', async () => {
    const { ledger } = setup();
    await ledger.sync();
    expect(ledger.check({ subject: 'hank', purpose: 'billing' }).reasons[0]?.code).toBe(
      'LEGAL_BASIS_NOT_CONSENT',
    );
    expect(ledger.check({ subject: 'hank', purpose: 'necessary' }).reasons[0]?.code).toBe(
      'ESSENTIAL_PURPOSE',
    );
    expect(ledger.check({ subject: 'hank', purpose: 'fraud-prevention' }).outcome).toBe('allow');
    await ledger.record(grant('hank', { 'fraud-prevention': 'denied' }));
    expect(ledger.check({ subject: 'hank', purpose: 'fraud-prevention' }).reasons[0]?.code).toBe(
      'OBJECTION_RECORDED',
    );
    expect(ledger.check({ subject: 'hank', purpose: 'nope' })).toMatchObject({
      outcome: 'deny',
      reasons: [{ code: 'NOT_A_DECLARED_PURPOSE' }],
    });
  });

  it('maps decisions to Google Consent Mode v2', async () => {
    const { ledger } = setup();
    await ledger.record(grant('ivy', { analytics: 'granted', marketing: 'denied' }));
    expect(ledger.consentMode({ subject: 'ivy' })).toEqual({
      ad_storage: 'denied',
      analytics_storage: 'granted',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      security_storage: 'granted',
    });
  });

  it('issues a Kantara-shaped receipt tied to the chain', async () => {
    const { ledger } = setup();
    const noticeHash = 'a'.repeat(64);
    const recorded = await ledger.record(
      grant('jack', { analytics: 'granted' }, { noticeHash, language: 'de-DE' }),
    );
    const receipt = await ledger.receipt({ subject: 'jack', eventId: recorded.id });
    expect(receipt).toMatchObject({
      version: 'KI-CR-v1.1.0',
      jurisdiction: 'DE',
      consentReceiptID: recorded.id,
      collectionMethod: 'banner',
      language: 'de-DE',
      piiControllers: [{ name: 'Planfix' }],
      evidence: { seq: recorded.seq, hash: recorded.hash, policyVersion: 'v1', noticeHash },
    });
    expect(receipt.piiPrincipalId).not.toContain('jack');
    expect(receipt.services[0]?.purposes[0]).toMatchObject({
      purpose: 'analytics',
      state: 'granted',
      termination: '2027-03-01T10:00:00.000Z',
    });
  });
});

describe('consent ledger: evidence', () => {
  async function filled() {
    const context = setup();
    for (let i = 0; i < 6; i++) {
      await context.ledger.record(grant(`s${i}`, { analytics: i % 2 ? 'granted' : 'denied' }));
      context.clock.advance('PT1M');
    }
    return context;
  }

  function tampered(
    store: ConsentStore,
    change: (events: StoredConsentEvent[]) => StoredConsentEvent[],
  ): ConsentStore {
    return {
      ...store,
      async readChain(tenant, options = {}) {
        const all = change([...(await store.readChain(tenant, { limit: 1_000_000 }))]);
        const afterSeq = options.afterSeq ?? 0;
        return all.filter((event) => event.seq > afterSeq).slice(0, options.limit ?? 1000);
      },
    };
  }

  it('verifies an untouched chain', async () => {
    const { ledger } = await filled();
    expect(await ledger.verify()).toMatchObject({ ok: true, count: 6 });
  });

  it('tampering with any byte of a stored event is detected and the event is named', async () => {
    const { store } = await filled();
    const events = await store.readChain('default');
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 5 }),
        fc.nat(),
        fc.integer({ min: 1, max: 127 }),
        async (index, position, delta) => {
          const original = events[index]!;
          const offset = position % original.canonicalBody.length;
          const code = original.canonicalBody.charCodeAt(offset);
          const replaced = String.fromCharCode(((code + delta - 32) % 95) + 32);
          fc.pre(replaced !== original.canonicalBody[offset]);
          const body =
            original.canonicalBody.slice(0, offset) +
            replaced +
            original.canonicalBody.slice(offset + 1);
          const view = createConsentLedger({
            store: tampered(store, (list) =>
              list.map((e, i) => (i === index ? { ...e, canonicalBody: body } : e)),
            ),
            secret: new Uint8Array(32).fill(7),
            purposes,
            policy,
          });
          const result = await view.verify();
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(result.failure).toMatchObject({ code: 'HASH_MISMATCH', seq: original.seq });
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('deleting a middle event is detected', async () => {
    const { store } = await filled();
    const view = createConsentLedger({
      store: tampered(store, (list) => list.filter((e) => e.seq !== 3)),
      secret: new Uint8Array(32).fill(7),
      purposes,
      policy,
    });
    expect(await view.verify()).toMatchObject({
      ok: false,
      failure: { code: 'SEQ_GAP', seq: 4, eventId: 'evt-4' },
    });
  });

  it('truncating the newest events is detected against a checkpoint', async () => {
    const { ledger, store } = await filled();
    const checkpoint = await ledger.checkpoint();
    expect(await ledger.verify({ checkpoint })).toMatchObject({ ok: true });
    const view = createConsentLedger({
      store: tampered(store, (list) => list.slice(0, 4)),
      secret: new Uint8Array(32).fill(7),
      purposes,
      policy,
    });
    expect(await view.verify({ checkpoint })).toMatchObject({
      ok: false,
      failure: { code: 'HEAD_MISMATCH', seq: 4 },
    });
    await expect(ledger.verify({ checkpoint: { ...checkpoint, seq: 3 } })).rejects.toThrowError(
      /checkpoint/,
    );
  });

  it('forget(): identifying details are gone, history shows the events redacted, verify() still passes', async () => {
    const { ledger } = setup();
    await ledger.record(
      grant(
        'kate',
        { analytics: 'granted' },
        { actor: { type: 'self', id: 'kate@example.com' }, metadata: { ip: '203.0.113.9' } },
      ),
    );
    const before = await ledger.history({ subject: 'kate' });
    expect(before[0]).toMatchObject({
      redacted: false,
      actor: { id: 'kate@example.com' },
      metadata: { ip: '203.0.113.9' },
    });
    const forgotten = await ledger.forget({ subject: 'kate' });
    expect(forgotten.keyDestroyed).toBe(true);
    const after = await ledger.history({ subject: 'kate' });
    expect(after.map((entry) => entry.kind)).toEqual(['choice', 'subject-forgotten']);
    expect(after[0]).toMatchObject({ redacted: true, purposes: { analytics: 'granted' } });
    expect(JSON.stringify(after)).not.toContain('kate@example.com');
    expect(JSON.stringify(after)).not.toContain('203.0.113.9');
    expect(ledger.check({ subject: 'kate', purpose: 'analytics' }).reasons[0]?.code).toBe(
      'SUBJECT_FORGOTTEN',
    );
    expect(await ledger.verify()).toMatchObject({ ok: true, count: 2 });
  });

  it('never stores the subject identifier in clear text', async () => {
    const { ledger, store } = setup();
    await ledger.record(
      grant(
        'visible-subject-id',
        { analytics: 'granted' },
        { actor: { type: 'self', id: 'visible-actor-id' } },
      ),
    );
    const text = (await store.readChain('default')).map((e) => e.canonicalBody).join('\n');
    expect(text).not.toContain('visible-subject-id');
    expect(text).not.toContain('visible-actor-id');
  });

  it('exports the history as machine-readable JSON', async () => {
    const { ledger } = setup();
    await ledger.record(grant('liam', { analytics: 'granted' }));
    const exported = JSON.parse(await ledger.exportHistory({ subject: 'liam' }));
    expect(exported.format).toBe('pledge-consent-history/1');
    expect(exported.events).toHaveLength(1);
  });

  it('a retried record with the same idempotency key records once', async () => {
    const { ledger, store } = setup();
    const input = grant('mia', { analytics: 'granted' }, { idempotencyKey: 'req-1' });
    const first = await ledger.record(input);
    const retried = await ledger.record(input);
    expect(retried).toEqual(first);
    expect((await store.head('default')).seq).toBe(1);
    await expect(
      ledger.record({ ...input, purposes: { analytics: 'denied' } }),
    ).rejects.toThrowError(/idempotency/);
    expect((await store.head('default')).seq).toBe(1);
  });
});

describe('consent ledger: bad input is a typed error and nothing is appended', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['an unknown purpose', { purposes: { telemetry: 'granted' } }, 'input.purposes.telemetry'],
    ['a malformed subject', { subject: '' }, 'input.subject'],
    ['a subject with control characters', { subject: 'a\nb' }, 'input.subject'],
    [
      'an invalid date',
      { source: 'import', effectiveAt: '2026-02-30T00:00:00Z' },
      'input.effectiveAt',
    ],
    ['an unknown jurisdiction', { jurisdiction: 'XX' }, 'input.jurisdiction'],
    ['an unknown policy version', { policyVersion: 'v9' }, 'input.policyVersion'],
    ['an invalid state', { purposes: { analytics: 'maybe' } }, 'input.purposes.analytics'],
    [
      'a choice for an essential purpose',
      { purposes: { necessary: 'granted' } },
      'input.purposes.necessary',
    ],
    [
      'a choice for a contract purpose',
      { purposes: { billing: 'denied' } },
      'input.purposes.billing',
    ],
    ['a signal as a source', { source: 'gpc' }, 'input.source'],
    ['a future effective date', { effectiveAt: '2030-01-01T00:00:00Z' }, 'input.effectiveAt'],
    ['a non-hex notice hash', { noticeHash: 'abc' }, 'input.noticeHash'],
    ['an unknown field', { purpose: 'x' }, 'input'],
  ];

  it.each(cases)('%s', async (_name, change, field) => {
    const { ledger, store } = setup();
    const input = { ...grant('nina', { analytics: 'granted' }), ...change };
    const error = await ledger.record(input as never).catch((caught: unknown) => caught);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as ValidationError).issues.map((issue) => issue.field)).toContain(field);
    expect((error as ValidationError).message).not.toContain('nina');
    expect((await store.head('default')).seq).toBe(0);
  });

  it('check before the tenant is loaded is a programmer error, not a silent deny', () => {
    const { ledger } = setup();
    expect(() => ledger.check({ subject: 'x', purpose: 'analytics' })).toThrowError(
      /PROJECTION_NOT_LOADED|sync/,
    );
  });

  it('rejects a bad configuration naming the field', () => {
    expect(() => setup({ secret: new Uint8Array(8) })).toThrowError(/options.secret/);
    expect(() => setup({ purposes: [{ id: 'Bad Id', legalBasis: 'consent' }] })).toThrowError(
      /options.purposes\[0\].id/,
    );
    expect(() =>
      setup({ purposes: [{ id: 'a', legalBasis: 'consent', lifetime: '13 months' }] }),
    ).toThrowError(/lifetime/);
  });
});
