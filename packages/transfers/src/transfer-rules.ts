import type { TransferRuleRow } from './rules/transfer-rule.js';
import { TRANSFER_RULE_NOTES } from './rules/transfer-rule-notes.js';
import { TRANSFER_RULE_ROWS } from './rules/transfer-rules.js';

/**
 * The bundled transfer rule table with every row's full citation, source note included, for
 * documentation and audits. The engine reads the same rows without the notes: a decision's
 * reasons carry law, article, URL and confidence, and the row id as `params.rule` (look the
 * note up with {@link transferRuleNotes}).
 *
 * @example
 * ```ts
 * transferRules().filter((row) => row.citation.confidence === 'unverified').length;
 * ```
 */
export function transferRules(): readonly TransferRuleRow[] {
  return TRANSFER_RULE_ROWS.map((row) => {
    const note = TRANSFER_RULE_NOTES[row.id];
    return note === undefined ? row : { ...row, citation: { ...row.citation, note } };
  });
}

/**
 * The source notes of the transfer table by row id (`TransferRuleRow.id`, and `params.rule`
 * of a decision's reasons): which part of a row is primary, dates not seen, scope limits.
 * Kept out of the rows the engine reads, so a host that imports only `assessTransfer` does
 * not bundle them.
 *
 * @example
 * ```ts
 * const decision = assessTransfer({ from: 'DE', to: 'IL', at: '2026-01-01' });
 * const rule = decision.reasons[0]?.params.rule;
 * typeof rule === 'string' ? transferRuleNotes()[rule] : undefined; // 'Automated transfers only.'
 * ```
 */
export function transferRuleNotes(): Readonly<Record<string, string>> {
  return TRANSFER_RULE_NOTES;
}
