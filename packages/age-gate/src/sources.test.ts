import { describe, expect, it } from 'vitest';
import { checkAge } from './check-age.js';
import { childDataDiscovered } from './child-data-discovered.js';
import { ageRuleSource, ageRules, withAgeSources } from './sources.js';

const rowUrl = (id: string) => ageRules().find((row) => row.id === id)?.citation.url;
const DK_15 = 'DK:information-society-service:15:2024-01-01';

describe('@pledge/age-gate/sources', () => {
  it('a decision names its rows by id; withAgeSources restores their URL and note', () => {
    const plain = checkAge({ jurisdiction: 'DK', at: '2026-06-01', age: 14 });
    expect(plain.outcome).toBe('parental-consent-required');
    expect(plain.rule).toBe(DK_15);
    expect(plain.citation?.url).toBeUndefined();

    const sourced = withAgeSources(plain);
    expect(plain.citation?.law).toBe('Databeskyttelsesloven (L 79)');
    expect(sourced.citation).toEqual({
      ...plain.citation,
      law: 'Databeskyttelsesloven as amended (bill L 79, 2023-24)',
      url: rowUrl(DK_15),
      note: ageRuleSource(DK_15)?.note,
    });
    expect(sourced.citation?.url).toMatch(/^https:\/\/ft\.dk\//);
    expect(sourced.citation?.note).toContain('Transitional');
    const guardian = sourced.actions.find((action) => action.type === 'require-guardian-consent');
    expect(guardian?.citation.url).toBe(rowUrl(DK_15));
    const below = sourced.reasons.find((entry) => entry.code === 'BELOW_DIGITAL_CONSENT_AGE');
    expect(below?.citation?.url).toBe(rowUrl(DK_15));
    // The input decision is not changed.
    expect(plain.citation?.url).toBeUndefined();
  });

  it('the main entry cites short titles; withAgeSources gives the full title and moves no remark into it', () => {
    const spain = checkAge({ jurisdiction: 'ES', at: '2026-06-01', age: 13 });
    expect(spain.citation).toEqual({ law: 'LOPDGDD', article: 'art. 7', confidence: 'secondary' });
    expect(withAgeSources(spain).citation?.law).toBe('Ley Orgánica 3/2018 (LOPDGDD)');
    const germany = withAgeSources(checkAge({ jurisdiction: 'DE', at: '2026-06-01', age: 15 }));
    expect(germany.citation).toMatchObject({
      law: 'Regulation (EU) 2016/679 (GDPR)',
      article: 'Art. 8(1)',
      note: 'No derogation in the BDSG.',
    });
    // A pending bill's reason gets its full title too.
    const pending = withAgeSources(checkAge({ jurisdiction: 'ES', at: '2026-06-01', age: 15 }));
    const bill = pending.reasons.find((entry) => entry.code === 'LEGISLATION_PENDING');
    expect(bill?.citation?.law).toMatch(/^Proyecto de Ley Orgánica para la protección/);
  });

  it('works on a decision that went through JSON (kept as evidence, sent over HTTP)', () => {
    const decision = JSON.parse(
      JSON.stringify(checkAge({ jurisdiction: 'US', at: '2026-06-01', age: 12 })),
    );
    const sourced = withAgeSources(decision);
    expect(sourced.citation?.url).toBe(rowUrl(String(decision.rule)));
    expect(sourced.citation?.url).toMatch(/^https?:\/\//);
  });

  it('a company-policy binding has no row and keeps the policy citation as given', () => {
    const decision = checkAge({
      jurisdiction: 'IT',
      at: '2026-06-01',
      age: 14,
      policy: { minimumAge: 16 },
    });
    expect(decision.boundBy).toBe('policy');
    expect(decision.rule).toBeUndefined();
    expect(withAgeSources(decision).citation).toEqual(decision.citation);
  });

  it('a child-data decision gets sources on its reasons, its age decision and its erasure', () => {
    const decision = withAgeSources(
      childDataDiscovered({ jurisdiction: 'DK', at: '2026-06-01', age: 14 }),
    );
    expect(decision.outcome).toBe('erase');
    expect(decision.age.citation?.url).toBe(rowUrl(DK_15));
    expect(decision.actions[0]?.citation.url).toBe(rowUrl(DK_15));
    const missing = decision.reasons.find((entry) => entry.code === 'GUARDIAN_CONSENT_MISSING');
    expect(missing?.params.rule).toBe(DK_15);
    expect(missing?.citation?.url).toBe(rowUrl(DK_15));
  });

  it('an unknown or inherited id has no source', () => {
    expect(ageRuleSource('XX:none:1:2000-01-01')).toBeUndefined();
    expect(ageRuleSource('__proto__')).toBeUndefined();
    expect(ageRuleSource('toString')).toBeUndefined();
  });
});
