import type { PendingAgeRule } from '../age-rule.js';

/*
 * Proposals with no commencement date (docs/research/age-thresholds.md, "pending" rows).
 * They never change an outcome; a decision in the jurisdiction mentions them as
 * `LEGISLATION_PENDING` so the host sees what is coming. Move a proposal into
 * `AGE_RULES` (status `pending`, with `validFrom`) once its start date is law. Each proposal's
 * source note is in `age-rule-notes.ts` under its `id`.
 */

/** Bills and codes that would change an age threshold, not yet law or not yet dated. */
export const PENDING_AGE_RULES: readonly PendingAgeRule[] = [
  {
    id: 'ES:information-society-service:16:pending',
    jurisdiction: 'ES',
    threshold: 16,
    below: 'parental-consent',
    scope: 'information-society-service',
    citation: {
      law: 'Proyecto de Ley Orgánica para la protección de las personas menores de edad en los entornos digitales (BOCG-15-A-52-1)',
      article: 'amends art. 7 LOPDGDD',
      confidence: 'secondary',
    },
  },
  {
    id: 'PT:social-media:16:pending',
    jurisdiction: 'PT',
    threshold: 16,
    below: 'parental-consent',
    scope: 'social-media',
    citation: {
      law: 'Projeto de Lei n.º 398/XVII/1.ª',
      article: '-',
      confidence: 'secondary',
    },
  },
  {
    id: 'NO:information-society-service:15:pending',
    jurisdiction: 'NO',
    threshold: 15,
    below: 'parental-consent',
    scope: 'information-society-service',
    citation: {
      law: 'Høringsnotat: endringer i personopplysningsloven (aldersgrense for barns samtykke)',
      article: '§ 5',
      confidence: 'secondary',
    },
  },
  {
    id: 'DK:social-media:15:pending',
    jurisdiction: 'DK',
    threshold: 15,
    below: 'prohibited',
    scope: 'social-media',
    citation: {
      law: 'Political agreement on a social-media minimum age (Nov 2025)',
      article: '-',
      confidence: 'unverified',
    },
  },
  {
    id: 'AU:likely-accessed-by-children:18:pending',
    jurisdiction: 'AU',
    threshold: 18,
    below: 'obligations',
    scope: 'likely-accessed-by-children',
    expectedBy: '2026-12-10',
    citation: {
      law: 'Privacy Act 1988 (Cth) s. 26GC, Children’s Online Privacy Code',
      article: 's. 26GC',
      confidence: 'secondary',
    },
  },
];
