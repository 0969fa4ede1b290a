/*
 * Source notes of the transfer rows (docs/research/transfers.md): which part of a row is
 * primary, which date was not seen, scope limits. Kept apart from the rows so that a host that
 * only calls `assessTransfer` does not bundle them; `transferRules()` and
 * `transferRuleNotes()` put them back for display and audit. Keys are `TransferRuleRow.id`.
 */

/** Source notes by row id. */
export const TRANSFER_RULE_NOTES: Readonly<Record<string, string>> = {
  'eu-adequacy-ch': 'validFrom = adoption date; date of effect not checked.',
  'eu-adequacy-gg': 'Number primary; date not seen.',
  'eu-adequacy-im': 'Date seen on a mirror only.',
  'eu-adequacy-fo': 'Excludes Danish state authorities in the Faroes.',
  'eu-adequacy-il': 'Automated transfers only.',
  'eu-adequacy-uy': 'Automated processing only.',
  'eu-gb-tca-bridge': 'IS/LI/NO only if they notified (not checked).',
  'eu-adequacy-gb-2021': 'Excluded UK immigration-control transfers; lapsed at its sunset.',
  'eu-adequacy-gb-extension': 'Six-month technical extension; act number unverified.',
  'eu-adequacy-gb-2025': 'OJ reference and day of effect unverified.',
  'eu-us-safe-harbour': 'Invalidated 2015-10-06 (primary); adoption date unverified.',
  'eu-us-privacy-shield': 'Invalidated 2020-07-16, no grace period.',
  'eu-us-dpf': 'Appeal C-703/25 P pending.',
  'eu-adequacy-br': 'Day of effect unverified; not yet in the EEA Agreement.',
  'eu-scc-2021': 'OJ text primary; date of effect secondary.',
  'eu-scc-2010': 'Transition dates secondary; adoption dates unverified.',
  'ch-adequacy-ca': 'Entry primary; PIPEDA condition cut off.',
  'ch-us-privacy-shield': 'End primary; start date not researched.',
  'ch-scc-2021': 'Needs Swiss adaptations.',
  'ch-scc-2010': 'End secondary; start not researched.',
  'cn-pipl': 'Effective date unverified.',
  'cn-2024-provisions': 'Article numbers unverified; boundary wording ambiguous.',
  'in-dpdp-s16': 'Commencement day unverified; no negative list notified.',
};
