import { addDays, type CalendarDate, compareCalendarDates, type DateInput } from '@pledge/core';
import type { TransferOutcome, TransferReasonCode } from './assess-transfer.js';
import { fail } from './input-check.js';
import type { ExporterRegime, TransferBasis, TransferRuleRow } from './rules/transfer-rule.js';
import { TRANSFER_RULE_ROWS } from './rules/transfer-rules.js';
import { assessParsedMap, parseTransferMap, type TransferMap } from './transfer-map.js';
import { day } from './transfer-request.js';

/** A rule row that starts or stops applying between two dates. */
export interface RuleChange {
  /** The row's id, e.g. `eu-us-privacy-shield`. */
  readonly id: string;
  /** `starts`: first applies; `ends`: last applied the day before `on`. */
  readonly change: 'starts' | 'ends';
  /** The first day the change is in effect. */
  readonly on: CalendarDate;
  /** Whose rule it is. */
  readonly exporter: ExporterRegime;
  /** The basis it gives or takes away. */
  readonly basis: TransferBasis;
  /** Its destination, absent for mechanisms. */
  readonly destination?: string;
}

/** A flow whose outcome or basis differs between the two dates. */
export interface FlowChange {
  /** The flow's id, or `from→to`. */
  readonly flow: string;
  /** Outcome and basis on the first date. */
  readonly before: { readonly outcome: TransferOutcome; readonly basis: TransferBasis };
  /** Outcome and basis on the second date. */
  readonly after: { readonly outcome: TransferOutcome; readonly basis: TransferBasis };
  /** Reason codes of the decision on the second date. */
  readonly reasons: readonly TransferReasonCode[];
}

/** Result of {@link diffRules}. */
export interface RuleDiff {
  /** First date. */
  readonly from: CalendarDate;
  /** Second date. */
  readonly to: CalendarDate;
  /** Rows that start or end after `from` and up to `to`, by date. */
  readonly rules: readonly RuleChange[];
  /** With a map: the flows that change. Empty without a map. */
  readonly flows: readonly FlowChange[];
}

function change(
  { id, exporter, basis, destination }: TransferRuleRow,
  kind: RuleChange['change'],
  on: CalendarDate,
): RuleChange {
  return {
    id,
    change: kind,
    on,
    exporter,
    basis,
    ...(destination === undefined ? {} : { destination }),
  };
}

/**
 * What changed between `fromDate` and `toDate` (`fromDate` ≤ `toDate`): the rule rows that start
 * or stop applying in between and, given a data map, each flow whose outcome or basis differs.
 *
 * @example
 * ```ts
 * diffRules('2020-07-01', '2020-08-01').rules.map((rule) => rule.id); // ['eu-us-privacy-shield']
 * ```
 */
export function diffRules(fromDate: DateInput, toDate: DateInput, map?: TransferMap): RuleDiff {
  const from = day(fromDate, ['fromDate']);
  const to = day(toDate, ['toDate']);
  if (to < from) fail(['toDate'], 'invalid_range', 'expected a date on or after fromDate');
  const parsed = map === undefined ? undefined : parseTransferMap(map);
  const rules: RuleChange[] = [];
  for (const row of TRANSFER_RULE_ROWS) {
    const { validFrom, validTo } = row;
    if (row.status === 'enjoined') continue;
    if (from < validFrom && validFrom <= to) rules.push(change(row, 'starts', validFrom));
    if (validTo !== undefined && from <= validTo && validTo < to) {
      rules.push(change(row, 'ends', addDays(validTo, 1)));
    }
  }
  rules.sort((a, b) => compareCalendarDates(a.on, b.on));
  if (parsed === undefined) return { from, to, rules, flows: [] };
  const before = assessParsedMap(parsed, from).flows;
  const after = assessParsedMap(parsed, to).flows;
  const flows: FlowChange[] = [];
  after.forEach((entry, index) => {
    const old = before[index]?.decision;
    const now = entry.decision;
    if (old === undefined || (old.outcome === now.outcome && old.basis === now.basis)) return;
    flows.push({
      flow: entry.flow,
      before: { outcome: old.outcome, basis: old.basis },
      after: { outcome: now.outcome, basis: now.basis },
      reasons: now.reasons.map((entry) => entry.code),
    });
  });
  return { from, to, rules, flows };
}
