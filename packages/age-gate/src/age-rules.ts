import type { Citation } from '@pledge/core';
import type { AgeRule, PendingAgeRule } from './age-rule.js';
import { AGE_RULE_NOTES } from './rules/age-rule-notes.js';
import { AGE_RULES } from './rules/age-thresholds.js';
import { PENDING_AGE_RULES } from './rules/pending-legislation.js';

function withNote<Row extends { readonly id: string; readonly citation: Citation }>(row: Row): Row {
  const note = AGE_RULE_NOTES[row.id];
  return note === undefined ? row : { ...row, citation: { ...row.citation, note } };
}

/**
 * The bundled age table, every row with its id, dates, status and full citation including
 * the source note, for display and audit. The engine reads the same rows without the notes
 * (a decision's citations carry law, article, URL and confidence; look a note up with
 * {@link ageRuleNotes} by the reason's `params.rule`).
 */
export function ageRules(): readonly AgeRule[] {
  return AGE_RULES.map(withNote);
}

/** Proposals that would change a threshold but have no commencement date yet, with notes. */
export function pendingAgeRules(): readonly PendingAgeRule[] {
  return PENDING_AGE_RULES.map(withNote);
}

/**
 * The source notes of the table by row id (`AgeRule.id`, `PendingAgeRule.id`, and the
 * `rule` param of a decision's reasons): disagreements between sources, dates not seen,
 * scope limits. Kept out of the rows the engine reads, so a host that imports only
 * `checkAge` does not bundle them.
 *
 * @example
 * ```ts
 * const decision = checkAge({ jurisdiction: 'FR', at: '2026-06-01', age: 14 });
 * const rule = decision.reasons[0]?.params.rule;
 * typeof rule === 'string' ? ageRuleNotes()[rule] : undefined; // 'Joint consent of minor and parent. …'
 * ```
 */
export function ageRuleNotes(): Readonly<Record<string, string>> {
  return AGE_RULE_NOTES;
}
