import { decodePendingAgeRule, type PendingAgeRule, type PendingAgeRuleRow } from '../age-rule.js';

/*
 * Proposals with no commencement date (docs/research/age-thresholds.md, "pending" rows).
 * They never change an outcome; a decision in the jurisdiction mentions them as
 * `LEGISLATION_PENDING` so the host sees what is coming. Move a proposal into
 * `AGE_RULES` (status `pending`, with `validFrom`) once its start date is law.
 *
 * Each row is a tuple, like the age table ('PendingAgeRuleRow'):
 *
 *   [jurisdiction, threshold, below, scope, law, article, confidence, expectedBy?]
 *
 * The id is 'jurisdiction:scope:threshold:pending'; the full title, source URL and note of
 * each proposal are in 'age-rule-sources.ts' under it.
 */

/** Bills and codes that would change an age threshold, as tuples. */
const PENDING_AGE_RULE_ROWS: readonly PendingAgeRuleRow[] = [
  [
    'ES',
    16,
    'parental-consent',
    'information-society-service',
    'Proyecto de Ley Orgánica (BOCG-15-A-52-1)',
    'amends art. 7 LOPDGDD',
    'secondary',
  ],
  [
    'PT',
    16,
    'parental-consent',
    'social-media',
    'Projeto de Lei n.º 398/XVII/1.ª',
    '-',
    'secondary',
  ],
  [
    'NO',
    15,
    'parental-consent',
    'information-society-service',
    'Høringsnotat (personopplysningsloven)',
    '§ 5',
    'secondary',
  ],
  ['DK', 15, 'prohibited', 'social-media', 'Political agreement (Nov 2025)', '-', 'unverified'],
  [
    'AU',
    18,
    'obligations',
    'likely-accessed-by-children',
    'Children’s Online Privacy Code',
    's. 26GC',
    'secondary',
    '2026-12-10',
  ],
];

/** Bills and codes that would change an age threshold, not yet law or not yet dated. */
export const PENDING_AGE_RULES: readonly PendingAgeRule[] =
  PENDING_AGE_RULE_ROWS.map(decodePendingAgeRule);
