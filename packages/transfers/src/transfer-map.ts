import {
  blocsOf,
  type CalendarDate,
  type DateInput,
  isJurisdiction,
  isRecord,
  type Jurisdiction,
  reason,
} from '@pledge/core';
import {
  assessParsedFlow,
  type TransferDecision,
  type TransferOutcome,
} from './assess-transfer.js';
import { type Check, fail, fields, list, objectAt, optional, record, text } from './input-check.js';
import {
  day,
  FLOW_FACTS,
  type FlowFacts,
  location,
  type ParsedFlow,
  type TransferLocation,
} from './transfer-request.js';

/** A place data is stored or processed: the host's own system or a sub-processor's. */
export interface MapSystem {
  /** Unique id the flows refer to, e.g. `workspace-db`. */
  readonly id: string;
  /** Where it runs: ISO 3166 code, `provider:region`, `IO:<name>` or `unknown`. */
  readonly location: TransferLocation;
}

/** A flow of personal data between two systems of the map. */
export interface MapFlow extends FlowFacts {
  /** Name shown in reports; defaults to `from→to`. */
  readonly id?: string;
  /** Id of the system the data leaves. */
  readonly from: string;
  /** Id of the system the data reaches. */
  readonly to: string;
}

/** An area a residency rule speaks of: a bloc (dated membership) or an ISO 3166 code. */
export type ResidencyArea = 'EEA' | 'EU' | Jurisdiction;

/**
 * A host's residency promise, e.g. "EU workspaces stay in the EEA": every flow leaving a system
 * in `origin` must reach a system in one of `allowedIn`. A host policy, not a legal rule.
 */
export interface ResidencyRule {
  /** Id shown in reports. */
  readonly id: string;
  /** Where the data starts. */
  readonly origin: ResidencyArea;
  /** Where it may go. */
  readonly allowedIn: readonly ResidencyArea[];
}

/** A host's data map. */
export interface TransferMap {
  /** Systems and sub-processors with their locations. */
  readonly systems: readonly MapSystem[];
  /** Flows between them. */
  readonly flows: readonly MapFlow[];
  /** Residency rules to check every flow against. */
  readonly residency?: readonly ResidencyRule[];
}

/** One flow's decision in a {@link TransferMapReport}. */
export interface FlowAssessment {
  /** The flow's id, or `from→to`. */
  readonly flow: string;
  /** The decision on the flow. */
  readonly decision: TransferDecision;
  /** Ids of the residency rules the flow breaks. */
  readonly residencyViolations: readonly string[];
}

/** Counts over a map. */
export interface TransferMapSummary {
  /** Number of flows. */
  readonly total: number;
  /** Flows per outcome. */
  readonly outcomes: Readonly<Record<TransferOutcome, number>>;
  /** Flows breaking at least one residency rule. */
  readonly residencyViolations: number;
}

/** Result of {@link assessTransferMap}; plain JSON values. */
export interface TransferMapReport {
  /** The day assessed. */
  readonly at: CalendarDate;
  /** Every flow, in map order. */
  readonly flows: readonly FlowAssessment[];
  /** Counts. */
  readonly summary: TransferMapSummary;
}

/** Options of {@link assessTransferMap}. */
export interface AssessTransferMapOptions {
  /** The day to assess. */
  readonly at: DateInput;
}

const AREA = text(
  (value) => value === 'EEA' || value === 'EU' || isJurisdiction(value),
  'EEA, EU or an ISO 3166 code',
);
const SYSTEM_ID = text(undefined, 'a system id');
const MAP = record<{
  readonly systems: readonly MapSystem[];
  readonly flows: readonly (ParsedFlow & { readonly id?: string })[];
  readonly residency?: readonly ResidencyRule[];
}>({
  systems: list(record({ id: text(), location }), 10_000),
  flows: list(record({ id: optional(text()), from: SYSTEM_ID, to: SYSTEM_ID }, FLOW_FACTS), 10_000),
  residency: optional(list(record({ id: text(), origin: AREA, allowedIn: list(AREA, 300) }), 100)),
});

interface ParsedMap {
  readonly flows: readonly { readonly name: string; readonly flow: ParsedFlow }[];
  readonly residency: readonly ResidencyRule[];
}

/** Validates a map and resolves each flow's systems to locations. */
export function parseTransferMap(value: unknown): ParsedMap {
  const { systems, flows, residency = [] } = MAP(value, ['map']);
  const locations = new Map<string, string>();
  systems.forEach(({ id, location }, index) => {
    if (locations.has(id)) {
      fail(['map', 'systems', index, 'id'], 'duplicate_id', 'expected a unique system id');
    }
    locations.set(id, location);
  });
  return {
    flows: flows.map(({ id, ...flow }, index) => {
      const locate = (key: 'from' | 'to') =>
        locations.get(flow[key]) ??
        fail(
          ['map', 'flows', index, key],
          'unknown_system',
          'expected the id of a system in map.systems',
        );
      return {
        name: id ?? `${flow.from}→${flow.to}`,
        flow: { ...flow, from: locate('from'), to: locate('to') },
      };
    }),
    residency,
  };
}

function inArea(country: string, area: ResidencyArea, date: CalendarDate): boolean {
  if (country === area) return true;
  if (area !== 'EEA' && area !== 'EU') return false;
  return country.length === 2 && blocsOf(country, date).includes(area);
}

/** Assesses a parsed map on `date`. */
export function assessParsedMap(map: ParsedMap, date: CalendarDate): TransferMapReport {
  const outcomes: Record<TransferOutcome, number> = {
    allow: 0,
    'requires-safeguard': 0,
    deny: 0,
    unknown: 0,
  };
  let violating = 0;
  const flows = map.flows.map(({ name, flow }) => {
    const decision = assessParsedFlow(flow, date);
    const { from, to } = decision;
    const residencyViolations = map.residency
      .filter(
        (rule) =>
          inArea(from, rule.origin, date) && !rule.allowedIn.some((area) => inArea(to, area, date)),
      )
      .map((rule) => rule.id);
    outcomes[decision.outcome] += 1;
    if (residencyViolations.length > 0) violating += 1;
    const reasons = [
      ...decision.reasons,
      ...residencyViolations.map((rule) => reason('RESIDENCY_RULE_BROKEN', { rule })),
    ];
    return { flow: name, decision: { ...decision, reasons }, residencyViolations };
  });
  return {
    at: date,
    flows,
    summary: { total: flows.length, outcomes, residencyViolations: violating },
  };
}

/**
 * Assesses every flow of a host's data map on `options.at` and checks the map's residency
 * rules. A flow breaking a residency rule keeps its legal decision and gets the rule id in
 * `residencyViolations` plus a `RESIDENCY_RULE_BROKEN` reason.
 *
 * @example
 * ```ts
 * const report = assessTransferMap(
 *   {
 *     systems: [
 *       { id: 'workspace', location: 'aws:eu-central-1' },
 *       { id: 'backup', location: 'aws:us-east-1' },
 *     ],
 *     flows: [{ from: 'workspace', to: 'backup', recipient: { role: 'processor', dpfCertified: true } }],
 *     residency: [{ id: 'eu-stays-in-eea', origin: 'EEA', allowedIn: ['EEA'] }],
 *   },
 *   { at: '2026-01-01' },
 * );
 * report.flows[0]?.decision.basis; // 'dpf'
 * report.summary.residencyViolations; // 1
 * ```
 */
export function assessTransferMap(
  map: TransferMap,
  options: AssessTransferMapOptions,
): TransferMapReport {
  const parsed = parseTransferMap(map);
  return assessParsedMap(parsed, day(objectAt(options, ['options']).at, ['options', 'at']));
}

const CELL = text(undefined, 'a string');

/** A list of codes, joined for one table cell. */
/* @__NO_SIDE_EFFECTS__ */
function codes(item: Check<string>): Check<string> {
  return (value, path) => list(item)(value, path).join(', ');
}

const REPORT = fields<{ readonly flows: readonly ReportRow[] }>({
  flows: list(
    fields({
      flow: CELL,
      decision: fields({
        from: CELL,
        to: CELL,
        outcome: CELL,
        basis: CELL,
        obligations: codes(CELL),
        reasons: codes((entry, at) =>
          CELL(isRecord(entry) ? entry.code : undefined, [...at, 'code']),
        ),
      }),
    }),
    100_000,
  ),
});

/** A flow of a report as {@link transferMapToMarkdown} reads it: obligations and reason codes joined. */
interface ReportRow {
  readonly flow: string;
  readonly decision: Readonly<
    Record<'from' | 'to' | 'outcome' | 'basis' | 'obligations' | 'reasons', string>
  >;
}

const cell = (value: string) => value.replaceAll('|', '\\|').replaceAll('\n', ' ');

/**
 * Renders a {@link TransferMapReport} as a Markdown table with the columns flow, from, to,
 * outcome, basis, obligations, reasons.
 *
 * @example
 * ```ts
 * const markdown = transferMapToMarkdown(report);
 * ```
 */
export function transferMapToMarkdown(report: TransferMapReport): string {
  const rows = REPORT(report, ['report']).flows.map(({ flow, decision }) =>
    [
      flow,
      decision.from,
      decision.to,
      decision.outcome,
      decision.basis,
      decision.obligations,
      decision.reasons,
    ]
      .map(cell)
      .join(' | '),
  );
  return [
    '| flow | from | to | outcome | basis | obligations | reasons |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}
