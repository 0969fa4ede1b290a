/**
 * `@pledge/transfers/sources`: where every row of the transfer table comes from.
 *
 * The main entry carries each row's law, article, confidence and dates, which is what a
 * decision cites; this entry adds the source URL seen and the note on which part is primary,
 * dates not seen and scope limits. A browser app that only assesses flows does not need it; a
 * server that keeps decisions as evidence, a records-of-processing page or an audit does.
 *
 * - {@link transferRules}: the full table, for display and audit.
 * - {@link transferRuleSource} and {@link transferRuleNotes}: one row's source, or every note.
 * - {@link withTransferSources} and {@link withTransferMapSources}: a decision or a data-map
 *   report with the URL and note restored on every citation that rests on a row.
 *
 * @module @pledge/transfers/sources
 */
import { type Citation, invalidInput, isRecord } from '@pledge/core';
import type { TransferDecision } from './assess-transfer.js';
import type { TransferRuleRow } from './rules/transfer-rule.js';
import { TRANSFER_RULE_SOURCES } from './rules/transfer-rule-sources.js';
import { TRANSFER_RULE_ROWS } from './rules/transfer-rules.js';
import type { TransferMapReport } from './transfer-map.js';

/** Where one row of the transfer table comes from. */
export interface TransferRuleSource {
  /** The source seen (official journal, regulator, law firm); absent where none is linked. */
  readonly url?: string;
  /** Which part of the row is primary, dates not seen, scope limits. */
  readonly note?: string;
}

const SCOPE = '@pledge/transfers';

// Not the main entry's input checks: this entry shares only the rule table with it, because a
// module both entries import goes into a shared chunk of the build, where a host's bundler no
// longer drops the checks it does not call. `isRecord` comes from core.
function fail(
  path: readonly [string, ...(string | number)[]],
  code: string,
  message: string,
): never {
  const [field, ...at] = path;
  return invalidInput({ scope: SCOPE, field }, code, message, at);
}

function sourceOf(id: unknown): TransferRuleSource | undefined {
  return typeof id === 'string' && Object.hasOwn(TRANSFER_RULE_SOURCES, id)
    ? TRANSFER_RULE_SOURCES[id]
    : undefined;
}

function withSource(citation: Citation, id: unknown): Citation {
  const source = sourceOf(id);
  return source === undefined ? citation : { ...citation, ...source };
}

/**
 * The bundled transfer rule table, every row with its id, exporter, basis, destination, scope,
 * dates, status and full citation: law, article, confidence, and the source URL and note.
 *
 * @example
 * ```ts
 * transferRules().filter((row) => row.citation.confidence === 'unverified').length;
 * transferRules().find((row) => row.id === 'eu-us-dpf')?.citation.url; // the OJ link
 * ```
 */
export function transferRules(): readonly TransferRuleRow[] {
  return TRANSFER_RULE_ROWS.map((row) => ({ ...row, citation: withSource(row.citation, row.id) }));
}

/**
 * The source of one row by id (`TransferRuleRow.id`, or the `rule` param of a decision's
 * reason), or `undefined` for an id the table does not know or a row without URL and note.
 *
 * @example
 * ```ts
 * const decision = assessTransfer({ from: 'DE', to: 'IL', at: '2026-01-01' });
 * transferRuleSource(String(decision.reasons[0]?.params.rule))?.note; // 'Automated transfers only.'
 * ```
 */
export function transferRuleSource(id: string): TransferRuleSource | undefined {
  if (typeof id !== 'string') fail(['id'], 'invalid_type', 'expected a row id string');
  return sourceOf(id);
}

/**
 * The source notes of the transfer table by row id: which part of a row is primary, dates not
 * seen, scope limits.
 *
 * @example
 * ```ts
 * transferRuleNotes()['eu-us-privacy-shield']; // 'Invalidated 2020-07-16, no grace period.'
 * ```
 */
export function transferRuleNotes(): Readonly<Record<string, string>> {
  const notes: Record<string, string> = {};
  for (const [id, source] of Object.entries(TRANSFER_RULE_SOURCES)) {
    if (source.note !== undefined) notes[id] = source.note;
  }
  return notes;
}

// The shape withTransferSources reads: reasons with params and optional citations.
function isDecision(value: unknown): value is TransferDecision {
  return (
    isRecord(value) &&
    Array.isArray(value.reasons) &&
    value.reasons.every(
      (entry) =>
        isRecord(entry) &&
        isRecord(entry.params) &&
        (entry.citation === undefined || isRecord(entry.citation)),
    )
  );
}

function decisionWithSources<Decision extends TransferDecision>(decision: Decision): Decision {
  return {
    ...decision,
    reasons: decision.reasons.map((entry) =>
      entry.citation === undefined
        ? entry
        : { ...entry, citation: withSource(entry.citation, entry.params.rule) },
    ),
  };
}

/**
 * A copy of a decision of `assessTransfer` in which every reason that rests on a table row
 * (named by its `params.rule`) cites the row's source URL and note as well. Use it where
 * decisions are kept as evidence or shown with their sources; the decision itself is
 * unchanged, and a decision that went through JSON works as well.
 *
 * @example
 * ```ts
 * const decision = withTransferSources(
 *   assessTransfer({ from: 'DE', to: 'US', at: '2026-01-01', recipient: { dpfCertified: true } }),
 * );
 * decision.reasons[0]?.citation?.url; // 'https://eur-lex.europa.eu/eli/C/2025/6610/oj/eng'
 * ```
 */
export function withTransferSources<Decision extends TransferDecision>(
  decision: Decision,
): Decision {
  if (!isDecision(decision)) {
    fail(['decision'], 'invalid_type', 'expected a decision of assessTransfer');
  }
  return decisionWithSources(decision);
}

/**
 * A copy of a report of `assessTransferMap` in which each flow's decision has its sources
 * restored as by {@link withTransferSources}.
 *
 * @example
 * ```ts
 * const map = {
 *   systems: [
 *     { id: 'app', location: 'DE' },
 *     { id: 'crm', location: 'US' },
 *   ],
 *   flows: [{ from: 'app', to: 'crm', recipient: { dpfCertified: true } }],
 * } as const;
 * const report = withTransferMapSources(assessTransferMap(map, { at: '2026-01-01' }));
 * report.flows[0]?.decision.reasons[0]?.citation?.url; // 'https://eur-lex.europa.eu/eli/C/2025/6610/oj/eng'
 * ```
 */
export function withTransferMapSources<Report extends TransferMapReport>(report: Report): Report {
  if (!isRecord(report) || !Array.isArray(report.flows)) {
    fail(['report'], 'invalid_type', 'expected a report of assessTransferMap');
  }
  return {
    ...report,
    flows: report.flows.map((flow: unknown, index) => {
      if (!isRecord(flow) || !isDecision(flow.decision)) {
        fail(
          ['report', 'flows', index, 'decision'],
          'invalid_type',
          'expected a decision of assessTransfer',
        );
      }
      return { ...flow, decision: decisionWithSources(flow.decision) };
    }),
  };
}
