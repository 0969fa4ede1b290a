import { describe, expect, it } from 'vitest';
import { lintRetentionPolicy } from './lint-retention-policy.js';
import { defineRetentionPolicy } from './retention-policy.js';
import type { RetentionRule } from './retention-rule.js';

const citation = { law: 'Host policy', article: '§1', confidence: 'unverified' as const };
const rule = (id: string, patch: Partial<RetentionRule>): RetentionRule => ({
  id,
  scope: { category: 'invoice' },
  basis: 'contract',
  citation,
  trigger: { event: 'collected' },
  stages: [{ after: 'P1Y', action: 'delete' }],
  ...patch,
});
const legal = rule('hgb-10y', {
  basis: 'legal-obligation',
  minimum: 'P10Y',
  stages: [{ after: 'P10Y', action: 'review' }],
  citation: { law: 'HGB', article: '§257', confidence: 'secondary' },
});

const cases: [name: string, rules: RetentionRule[], codes: string[], ok: boolean][] = [
  ['a consistent policy', [legal, rule('crm', { scope: { category: 'crm' } })], [], true],
  [
    'a locked maximum shorter than a legal minimum',
    [legal, rule('privacy-1y', { maximum: 'P1Y', locked: true })],
    ['LOCKED_MAXIMUM_BELOW_MINIMUM'],
    false,
  ],
  [
    'an unlocked maximum below a minimum (the minimum wins)',
    [legal, rule('privacy-1y', { maximum: 'P1Y' })],
    ['MAXIMUM_BELOW_MINIMUM'],
    true,
  ],
  [
    'a maximum with no deletion by then',
    [rule('cap', { maximum: 'P6M' })],
    ['NO_DELETION_BY_MAXIMUM'],
    false,
  ],
  [
    'P1M maximum against a P30D deletion (crosses in 31-day months)',
    [rule('cap', { maximum: 'P1M', stages: [{ after: 'P30D', action: 'delete' }] })],
    ['NO_DELETION_BY_MAXIMUM'],
    false,
  ],
  [
    'a deletion before the rule’s own minimum',
    [rule('early', { minimum: 'P2Y' })],
    ['DELETION_BEFORE_MINIMUM'],
    true,
  ],
  [
    'rules that cannot meet are not compared',
    [legal, rule('crm-cap', { scope: { category: 'crm' }, maximum: 'P1Y', locked: true })],
    [],
    true,
  ],
];

describe('lintRetentionPolicy', () => {
  it.each(cases)('%s', (_name, rules, codes, ok) => {
    const result = lintRetentionPolicy(defineRetentionPolicy({ rules }));
    expect(result.findings.map((finding) => finding.code)).toEqual(codes);
    expect(result.ok).toBe(ok);
  });

  it('names both rules and cites the minimum', () => {
    const [finding] = lintRetentionPolicy(
      defineRetentionPolicy({
        rules: [legal, rule('privacy-1y', { maximum: 'P1Y', locked: true })],
      }),
    ).findings;
    expect(finding?.ruleIds).toEqual(['privacy-1y', 'hgb-10y']);
    expect(finding?.params).toMatchObject({ maximum: 'P1Y', minimum: 'P10Y' });
    expect(finding?.citation?.law).toBe('HGB');
  });

  it('a locked rule can only be lengthened', () => {
    const locked = rule('keep-2y', { locked: true, stages: [{ after: 'P2Y', action: 'delete' }] });
    const previous = defineRetentionPolicy({ rules: [locked] });
    const longer = defineRetentionPolicy({
      rules: [{ ...locked, stages: [{ after: 'P3Y', action: 'delete' }] }],
    });
    expect(lintRetentionPolicy(longer, { previous }).ok).toBe(true);
    const shorter = defineRetentionPolicy({
      rules: [{ ...locked, stages: [{ after: 'P1Y', action: 'delete' }] }],
    });
    expect(lintRetentionPolicy(shorter, { previous }).findings).toMatchObject([
      { code: 'LOCKED_RULE_SHORTENED', params: { changed: ['stages'] } },
    ]);
    const unlocked = defineRetentionPolicy({ rules: [{ ...locked, locked: false }] });
    expect(lintRetentionPolicy(unlocked, { previous }).findings[0]?.params).toEqual({
      changed: ['locked'],
    });
    const removed = defineRetentionPolicy({ rules: [legal] });
    expect(lintRetentionPolicy(removed, { previous }).findings.map((f) => f.code)).toEqual([
      'LOCKED_RULE_REMOVED',
    ]);
  });
});
