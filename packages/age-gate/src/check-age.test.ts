import { blocsOf, canonicalJson, isJurisdiction } from '@pledge/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgeQuery } from './age-query.js';
import { checkAge } from './check-age.js';
import { ageRules } from './sources.js';
import type { AgeOutcome, AgeReasonCode } from './vocabulary.js';

const WORKPEX = { minimumAge: 16 };
const PLANFIX = { minimumAge: 13 };

// Each row: a named legal case, the query, the outcome, the reason codes that must be present,
// and (optionally) the threshold that decided.
const cases: [
  name: string,
  query: AgeQuery,
  outcome: AgeOutcome,
  codes: AgeReasonCode[],
  threshold?: number,
][] = [
  [
    '15-year-old in DE → parental consent (GDPR default 16)',
    { jurisdiction: 'DE', at: '2026-06-01', age: 15 },
    'parental-consent-required',
    ['BELOW_DIGITAL_CONSENT_AGE'],
    16,
  ],
  [
    '16-year-old in DE → allowed',
    { jurisdiction: 'DE', at: '2026-06-01', age: 16 },
    'allow',
    ['AT_OR_ABOVE_THRESHOLD'],
    16,
  ],
  [
    '15-year-old in FR → allowed (French threshold 15)',
    { jurisdiction: 'FR', at: '2026-06-01', age: 15 },
    'allow',
    ['AT_OR_ABOVE_THRESHOLD'],
    15,
  ],
  [
    '14-year-old in FR → joint consent of minor and parent',
    { jurisdiction: 'FR', at: '2026-06-01', age: 14 },
    'parental-consent-required',
    ['BELOW_DIGITAL_CONSENT_AGE', 'JOINT_CONSENT_REQUIRED'],
    15,
  ],
  [
    '14-year-old in DK on 2023-06-01 → allowed (13), 15 announced',
    { jurisdiction: 'DK', at: '2023-06-01', age: 14 },
    'allow',
    ['AT_OR_ABOVE_THRESHOLD', 'RULE_NOT_YET_IN_FORCE'],
    13,
  ],
  [
    '14-year-old in DK on 2024-06-01 → parental consent (15)',
    { jurisdiction: 'DK', at: '2024-06-01', age: 14 },
    'parental-consent-required',
    ['BELOW_DIGITAL_CONSENT_AGE'],
    15,
  ],
  [
    '14-year-old in DK on 2023-12-31 → last day of the old rule',
    { jurisdiction: 'DK', at: '2023-12-31T22:00:00Z', age: 14 },
    'allow',
    ['AT_OR_ABOVE_THRESHOLD'],
    13,
  ],
  [
    '14-year-old in DK on 2024-01-01 → first day of the new rule',
    { jurisdiction: 'DK', at: '2024-01-01', age: 14 },
    'parental-consent-required',
    ['BELOW_DIGITAL_CONSENT_AGE'],
    15,
  ],
  [
    '12-year-old in US → COPPA parental consent',
    { jurisdiction: 'US', at: '2026-06-01', age: 12 },
    'parental-consent-required',
    ['COPPA_UNDER_13'],
    13,
  ],
  [
    '13-year-old in US → allowed',
    { jurisdiction: 'US', at: '2026-06-01', age: 13 },
    'allow',
    ['AT_OR_ABOVE_THRESHOLD'],
    13,
  ],
  [
    '12-year-old in US-NY → COPPA from the federal level',
    { jurisdiction: 'US-NY', at: '2026-06-01', age: 12 },
    'parental-consent-required',
    ['COPPA_UNDER_13'],
    13,
  ],
  [
    '12-year-old in US on 2010-01-01 → 1999 COPPA rule',
    { jurisdiction: 'US', at: '2010-01-01', age: 12 },
    'parental-consent-required',
    ['COPPA_UNDER_13'],
    13,
  ],
  [
    '15-year-old in US-CA for sale → opt-in by themselves',
    { jurisdiction: 'US-CA', at: '2026-06-01', age: 15, purpose: 'sale' },
    'allow',
    ['SALE_OPT_IN_REQUIRED'],
    16,
  ],
  [
    '15-year-old in US-CA for targeted ads (share) → opt-in by themselves',
    { jurisdiction: 'US-CA', at: '2026-06-01', age: 15, purpose: 'targeted-ads' },
    'allow',
    ['SALE_OPT_IN_REQUIRED'],
    16,
  ],
  [
    '12-year-old in US-CA for sale → parent opts in (and COPPA)',
    { jurisdiction: 'US-CA', at: '2026-06-01', age: 12, purpose: 'sale' },
    'parental-consent-required',
    ['SALE_PARENT_OPT_IN_REQUIRED', 'COPPA_UNDER_13'],
    13,
  ],
  [
    '16-year-old in US-CA for sale → allowed without opt-in',
    { jurisdiction: 'US-CA', at: '2026-06-01', age: 16, purpose: 'sale' },
    'allow',
    ['AT_OR_ABOVE_THRESHOLD'],
    16,
  ],
  [
    '15-year-old in US-CA for share in 2021 → no CCPA share rule before the CPRA',
    { jurisdiction: 'US-CA', at: '2021-06-01', age: 15, purpose: 'share' },
    'allow',
    ['AT_OR_ABOVE_THRESHOLD'],
    13,
  ],
  [
    '15-year-old in US-CA, general service → AADC enjoined, reported',
    { jurisdiction: 'US-CA', at: '2026-06-01', age: 15 },
    'allow',
    ['RULE_ENJOINED'],
    13,
  ],
  [
    '17-year-old in IN once DPDP child rules are in force → parental consent',
    { jurisdiction: 'IN', at: '2027-06-01', age: 17 },
    'parental-consent-required',
    ['BELOW_DIGITAL_CONSENT_AGE'],
    18,
  ],
  [
    '17-year-old in IN before commencement → unknown, says when they start',
    { jurisdiction: 'IN', at: '2026-06-01', age: 17 },
    'unknown',
    ['NO_RULE_IN_FORCE', 'RULE_NOT_YET_IN_FORCE'],
  ],
  [
    '15-year-old in AU, social-media service after 2025-12-10 → deny',
    { jurisdiction: 'AU', at: '2026-01-15', age: 15, service: { type: 'social-media' } },
    'deny',
    ['BELOW_MINIMUM_AGE'],
    16,
  ],
  [
    '15-year-old in AU, social media on 2025-12-09 → not yet in force',
    { jurisdiction: 'AU', at: '2025-12-09', age: 15, service: { type: 'social-media' } },
    'unknown',
    ['NO_RULE_IN_FORCE', 'RULE_NOT_YET_IN_FORCE'],
  ],
  [
    '16-year-old in AU, social-media account → allowed',
    { jurisdiction: 'AU', at: '2026-01-15', age: 16, purpose: 'social-media-account' },
    'allow',
    ['AT_OR_ABOVE_THRESHOLD'],
    16,
  ],
  [
    '15-year-old in AU, project tool → no rule for the purpose',
    { jurisdiction: 'AU', at: '2026-01-15', age: 15 },
    'unknown',
    ['NO_RULE_FOR_PURPOSE'],
  ],
  [
    'Workpex policy raises a 14-year-old in IT to deny',
    { jurisdiction: 'IT', at: '2026-06-01', age: 14, policy: WORKPEX },
    'deny',
    ['BELOW_POLICY_MINIMUM'],
    16,
  ],
  [
    '14-year-old in IT without policy → allowed (14)',
    { jurisdiction: 'IT', at: '2026-06-01', age: 14 },
    'allow',
    ['AT_OR_ABOVE_THRESHOLD'],
    14,
  ],
  [
    'Planfix policy: 12-year-old in US → deny',
    { jurisdiction: 'US', at: '2026-06-01', age: 12, policy: PLANFIX },
    'deny',
    ['BELOW_POLICY_MINIMUM', 'COPPA_UNDER_13'],
    13,
  ],
  [
    'Planfix policy: 14-year-old in DE → law binds (parental consent)',
    { jurisdiction: 'DE', at: '2026-06-01', age: 14, policy: PLANFIX },
    'parental-consent-required',
    ['BELOW_DIGITAL_CONSENT_AGE'],
    16,
  ],
  [
    '13-year-old in GB → allowed, Children’s Code duties',
    { jurisdiction: 'GB', at: '2026-06-01', age: 13 },
    'allow',
    ['AT_OR_ABOVE_THRESHOLD', 'CHILD_PROTECTIONS_APPLY'],
    13,
  ],
  [
    '12-year-old in GB → parental consent',
    { jurisdiction: 'GB', at: '2026-06-01', age: 12 },
    'parental-consent-required',
    ['BELOW_DIGITAL_CONSENT_AGE', 'CHILD_PROTECTIONS_APPLY'],
    13,
  ],
  [
    '15-year-old in CH → no fixed age',
    { jurisdiction: 'CH', at: '2026-06-01', age: 15 },
    'unknown',
    ['NO_FIXED_AGE'],
  ],
  [
    '15-year-old in CH with a company self-consent age of 16 → parental consent',
    { jurisdiction: 'CH', at: '2026-06-01', age: 15, policy: { selfConsentAge: 16 } },
    'parental-consent-required',
    ['BELOW_DIGITAL_CONSENT_AGE'],
    16,
  ],
  [
    '13-year-old in BR → LGPD has no gate for adolescents',
    { jurisdiction: 'BR', at: '2026-06-01', age: 13 },
    'allow',
    ['AT_OR_ABOVE_THRESHOLD'],
    12,
  ],
  [
    '11-year-old in BR → parental consent (LGPD art. 14)',
    { jurisdiction: 'BR', at: '2026-06-01', age: 11 },
    'parental-consent-required',
    ['BELOW_DIGITAL_CONSENT_AGE'],
    12,
  ],
  [
    '15-year-old in BR, social media after ECA Digital → guardian-linked account',
    { jurisdiction: 'BR', at: '2026-06-01', age: 15, service: { type: 'social-media' } },
    'parental-consent-required',
    ['BELOW_DIGITAL_CONSENT_AGE'],
    16,
  ],
  [
    '13-year-old in CN → guardian consent (PIPL 14)',
    { jurisdiction: 'CN', at: '2026-06-01', age: 13 },
    'parental-consent-required',
    ['BELOW_DIGITAL_CONSENT_AGE'],
    14,
  ],
  [
    '13-year-old in KR → legal representative (PIPA 22-2)',
    { jurisdiction: 'KR', at: '2026-06-01', age: 13 },
    'parental-consent-required',
    ['BELOW_DIGITAL_CONSENT_AGE'],
    14,
  ],
  [
    '13-year-old in CA-QC → parental consent (Law 25, 14)',
    { jurisdiction: 'CA-QC', at: '2026-06-01', age: 13 },
    'parental-consent-required',
    ['BELOW_DIGITAL_CONSENT_AGE'],
    14,
  ],
  [
    '13-year-old in CA-ON → federal guidance 13 (unverified) allows',
    { jurisdiction: 'CA-ON', at: '2026-06-01', age: 13 },
    'allow',
    ['AT_OR_ABOVE_THRESHOLD'],
    13,
  ],
  [
    '13-year-old in ES → parental consent (14); bill to 16 pending',
    { jurisdiction: 'ES', at: '2026-06-01', age: 13 },
    'parental-consent-required',
    ['BELOW_DIGITAL_CONSENT_AGE', 'LEGISLATION_PENDING'],
    14,
  ],
  [
    '14-year-old in BE on 2018-06-01 → GDPR default before the Belgian act',
    { jurisdiction: 'BE', at: '2018-06-01', age: 14 },
    'parental-consent-required',
    ['BELOW_DIGITAL_CONSENT_AGE'],
    16,
  ],
  [
    '14-year-old in BE on 2019-06-01 → allowed (13)',
    { jurisdiction: 'BE', at: '2019-06-01', age: 14 },
    'allow',
    ['AT_OR_ABOVE_THRESHOLD'],
    13,
  ],
  [
    '14-year-old in BG in 2020 → national all-processing rule replaces the default',
    { jurisdiction: 'BG', at: '2020-06-01', age: 14 },
    'allow',
    ['AT_OR_ABOVE_THRESHOLD'],
    14,
  ],
  [
    '15-year-old in SI on 2023-01-25 → last day of the GDPR default',
    { jurisdiction: 'SI', at: '2023-01-25', age: 15 },
    'parental-consent-required',
    ['BELOW_DIGITAL_CONSENT_AGE'],
    16,
  ],
  [
    '15-year-old in SI on 2023-01-26 → ZVOP-2 (15)',
    { jurisdiction: 'SI', at: '2023-01-26', age: 15 },
    'allow',
    ['AT_OR_ABOVE_THRESHOLD'],
    15,
  ],
  [
    '14-year-old in GB in 2019 (EU member) → DPA 2018 s. 9, not the EU default',
    { jurisdiction: 'GB', at: '2019-06-01', age: 14 },
    'allow',
    ['AT_OR_ABOVE_THRESHOLD'],
    13,
  ],
  [
    '13-year-old in US-FL, social media → prohibited under 14',
    { jurisdiction: 'US-FL', at: '2026-06-01', age: 13, service: { type: 'social-media' } },
    'deny',
    ['BELOW_MINIMUM_AGE'],
    14,
  ],
  [
    '15-year-old in US-FL, social media → parental consent',
    { jurisdiction: 'US-FL', at: '2026-06-01', age: 15, service: { type: 'social-media' } },
    'parental-consent-required',
    ['BELOW_DIGITAL_CONSENT_AGE'],
    16,
  ],
  [
    '16-year-old in US-AR, social media → Act 689 enjoined, reported only',
    { jurisdiction: 'US-AR', at: '2026-06-01', age: 16, service: { type: 'social-media' } },
    'allow',
    ['RULE_ENJOINED'],
    13,
  ],
  [
    '17-year-old in US-MS, social media → parental consent (stay in force)',
    { jurisdiction: 'US-MS', at: '2026-06-01', age: 17, service: { type: 'social-media' } },
    'parental-consent-required',
    ['BELOW_DIGITAL_CONSENT_AGE'],
    18,
  ],
  [
    'Unknown jurisdiction JP → unknown, never allow',
    { jurisdiction: 'JP', at: '2026-06-01', age: 30 },
    'unknown',
    ['UNKNOWN_JURISDICTION'],
  ],
  [
    'Code outside ISO 3166 (XK) → unknown',
    { jurisdiction: 'XK', at: '2026-06-01', age: 30 },
    'unknown',
    ['UNKNOWN_JURISDICTION'],
  ],
  [
    'Unknown jurisdiction with Planfix policy and a 12-year-old → deny by policy',
    { jurisdiction: 'JP', at: '2026-06-01', age: 12, policy: PLANFIX },
    'deny',
    ['UNKNOWN_JURISDICTION', 'BELOW_POLICY_MINIMUM'],
    13,
  ],
  [
    'DE before the GDPR → no rule in force',
    { jurisdiction: 'DE', at: '2017-01-01', age: 15 },
    'unknown',
    ['NO_RULE_IN_FORCE'],
  ],
  [
    'Band 13–15 in DE → parental consent',
    { jurisdiction: 'DE', at: '2026-06-01', ageBand: { min: 13, max: 15 } },
    'parental-consent-required',
    ['BELOW_DIGITAL_CONSENT_AGE'],
    16,
  ],
  [
    'Band 16–17 in DE → allowed',
    { jurisdiction: 'DE', at: '2026-06-01', ageBand: { min: 16, max: 17 } },
    'allow',
    ['AT_OR_ABOVE_THRESHOLD'],
    16,
  ],
  [
    'Band 13–15 in FR straddles 15 → conservative joint consent',
    { jurisdiction: 'FR', at: '2026-06-01', ageBand: { min: 13, max: 15 } },
    'parental-consent-required',
    ['AGE_BAND_STRADDLES_THRESHOLD', 'JOINT_CONSENT_REQUIRED'],
    15,
  ],
  [
    'Band 18+ in AU, social media → allowed',
    {
      jurisdiction: 'AU',
      at: '2026-06-01',
      ageBand: { min: 18 },
      service: { type: 'social-media' },
    },
    'allow',
    ['AT_OR_ABOVE_THRESHOLD'],
    16,
  ],
  [
    'Band 13–17 in AU, social media straddles 16 → deny',
    {
      jurisdiction: 'AU',
      at: '2026-06-01',
      ageBand: { min: 13, max: 17 },
      service: { type: 'social-media' },
    },
    'deny',
    ['AGE_BAND_STRADDLES_THRESHOLD', 'BELOW_MINIMUM_AGE'],
    16,
  ],
  [
    'Birth date in DE: 15 today → parental consent',
    { jurisdiction: 'DE', at: '2026-06-01', birthDate: '2010-06-02' },
    'parental-consent-required',
    ['BELOW_DIGITAL_CONSENT_AGE'],
    16,
  ],
  [
    'Birth date in DE: 16th birthday today → allowed',
    { jurisdiction: 'DE', at: '2026-06-01', birthDate: '2010-06-01' },
    'allow',
    ['AT_OR_ABOVE_THRESHOLD'],
    16,
  ],
];

describe('checkAge: named legal cases', () => {
  it('has at least 40 cases', () => expect(cases.length).toBeGreaterThanOrEqual(40));

  it.each(cases)('%s', (_name, query, outcome, codes, threshold) => {
    const decision = checkAge(query);
    expect(decision.outcome).toBe(outcome);
    const seen = decision.reasons.map((why) => why.code);
    for (const code of codes) expect(seen).toContain(code);
    if (threshold !== undefined) expect(decision.threshold).toBe(threshold);
  });
});

describe('checkAge: decision details', () => {
  it('says whether law or policy bound', () => {
    expect(
      checkAge({ jurisdiction: 'IT', at: '2026-06-01', age: 14, policy: WORKPEX }).boundBy,
    ).toBe('policy');
    expect(
      checkAge({ jurisdiction: 'DE', at: '2026-06-01', age: 14, policy: PLANFIX }).boundBy,
    ).toBe('law');
    const au = checkAge({
      jurisdiction: 'AU',
      at: '2026-06-01',
      age: 15,
      service: { type: 'social-media' },
      policy: WORKPEX,
    });
    expect(au.boundBy).toBe('law');
  });

  it('a company self-consent age for Switzerland binds as policy', () => {
    const ch = checkAge({
      jurisdiction: 'CH',
      at: '2026-06-01',
      age: 15,
      policy: { selfConsentAge: 16 },
    });
    expect(ch.boundBy).toBe('policy');
    expect(ch.citation?.law).toBe('Company policy');
    const adult = checkAge({
      jurisdiction: 'CH',
      at: '2026-06-01',
      age: 16,
      policy: { selfConsentAge: 16 },
    });
    expect(adult.outcome).toBe('allow');
  });

  it('decisions are canonical-JSON safe (no undefined params)', () => {
    for (const query of cases.map(([, q]) => q)) {
      expect(() => canonicalJson(checkAge(query) as never)).not.toThrow();
    }
  });

  it('France: joint consent in consentBy, guardian requirement and action', () => {
    const decision = checkAge({ jurisdiction: 'FR', at: '2026-06-01', age: 14 });
    expect(decision.consentBy).toBe('joint');
    expect(decision.guardian).toEqual({
      required: true,
      consentBy: 'joint',
      verificationMethods: [],
    });
    expect(decision.actions[0]).toMatchObject({
      type: 'require-guardian-consent',
      consentBy: 'joint',
      threshold: 15,
    });
  });

  it('COPPA lists 16 CFR 312.5(b) methods; email plus and text plus drop when data is disclosed', () => {
    const general = checkAge({ jurisdiction: 'US', at: '2026-06-01', age: 12 });
    expect(general.guardian?.verificationMethods).toContain('email-plus');
    expect(general.guardian?.verificationMethods).toContain('text-plus');
    expect(general.obligations).toContain('SEPARATE_CONSENT_FOR_DISCLOSURE');
    const ads = checkAge({
      jurisdiction: 'US',
      at: '2026-06-01',
      age: 12,
      purpose: 'targeted-ads',
    });
    expect(ads.guardian?.verificationMethods).not.toContain('email-plus');
    expect(ads.guardian?.verificationMethods).not.toContain('text-plus');
    expect(ads.guardian?.verificationMethods).toContain('signed-consent-form');
    const before = checkAge({ jurisdiction: 'US', at: '2025-06-01', age: 12 });
    expect(before.guardian?.verificationMethods).not.toContain('text-plus');
  });

  it('US-CA 13–15 sale: the person opts in themselves', () => {
    const decision = checkAge({
      jurisdiction: 'US-CA',
      at: '2026-06-01',
      age: 15,
      purpose: 'sale',
    });
    expect(decision.consentBy).toBe('self');
    expect(decision.obligations).toContain('OPT_IN_REQUIRED');
  });

  it('India: before commencement the reason carries the start date', () => {
    const decision = checkAge({ jurisdiction: 'IN', at: '2026-06-01', age: 17 });
    const pending = decision.reasons.find((why) => why.code === 'RULE_NOT_YET_IN_FORCE');
    expect(pending?.params).toMatchObject({ startsOn: '2027-05-13', threshold: 18 });
    const after = checkAge({ jurisdiction: 'IN', at: '2027-06-01', age: 17 });
    expect(after.obligations).toEqual(expect.arrayContaining(['NO_TARGETED_ADS', 'NO_PROFILING']));
  });

  it('Brazil social media: guardian-linked account obligation', () => {
    const decision = checkAge({
      jurisdiction: 'BR',
      at: '2026-06-01',
      age: 15,
      purpose: 'social-media-account',
    });
    expect(decision.obligations).toContain('GUARDIAN_LINKED_ACCOUNT');
  });

  it('reasons carry citations with confidence', () => {
    const decision = checkAge({ jurisdiction: 'DK', at: '2024-06-01', age: 14 });
    expect(decision.reasons[0]?.citation).toMatchObject({
      article: '§ 6 stk. 2-3',
      confidence: 'secondary',
    });
  });

  it('never returns the birth date', () => {
    const decision = checkAge({ jurisdiction: 'DE', at: '2026-06-01', birthDate: '2010-06-02' });
    expect(JSON.stringify(decision)).not.toContain('2010-06-02');
    expect(decision.reevaluateAt).toBe('2026-06-02');
    expect(decision.actions).toContainEqual({
      type: 'schedule-reevaluation',
      on: '2026-06-02',
      threshold: 16,
    });
  });

  it('uses the time zone for the date', () => {
    const at = '2026-06-01T23:30:00Z';
    expect(checkAge({ jurisdiction: 'DE', at, birthDate: '2010-06-02' }).outcome).toBe(
      'parental-consent-required',
    );
    expect(
      checkAge({ jurisdiction: 'DE', at, birthDate: '2010-06-02', timeZone: 'Europe/Berlin' })
        .outcome,
    ).toBe('allow');
  });
});

describe('unknown jurisdictions are never allowed', () => {
  const covered = new Set(ageRules().map((row) => row.jurisdiction));
  it('any well-formed code without rows gives unknown with UNKNOWN_JURISDICTION', () => {
    const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    fc.assert(
      fc.property(letter, letter, fc.integer({ min: 0, max: 120 }), (a, b, age) => {
        const jurisdiction = `${a}${b}`;
        fc.pre(
          !covered.has(jurisdiction) &&
            !(isJurisdiction(jurisdiction) && blocsOf(jurisdiction, '2026-06-01').includes('EU')),
        );
        const decision = checkAge({ jurisdiction, at: '2026-06-01', age });
        expect(decision.outcome).toBe('unknown');
        expect(decision.reasons.map((why) => why.code)).toContain('UNKNOWN_JURISDICTION');
      }),
    );
  });
});
