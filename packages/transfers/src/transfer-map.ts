import {
  blocsOf,
  type CalendarDate,
  type DateInput,
  isJurisdiction,
  type Jurisdiction,
  reason,
} from '@pledge/core';
import {
  assessParsedFlow,
  resolveLocation,
  type TransferDecision,
  type TransferOutcome,
} from './assess-transfer.js';
import { fail, objectAt, optionalListAt, type Path, stringAt } from './input-check.js';
import {
  dayOf,
  type FlowFacts,
  isTransferLocation,
  LOCATION_EXPECTED,
  type ParsedFlow,
  parseFlow,
  requireObject,
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

const FIELD = 'map';
const isArea = (value: string) => value === 'EEA' || value === 'EU' || isJurisdiction(value);

interface ParsedMap {
  readonly flows: readonly { readonly name: string; readonly flow: ParsedFlow }[];
  readonly residency: readonly ResidencyRule[];
}

/** Validates a map and resolves each flow's systems to locations. */
export function parseTransferMap(value: unknown, field = FIELD): ParsedMap {
  const raw = objectAt(value, ['systems', 'flows', 'residency'], field);
  const locations = new Map<string, string>();
  optionalListAt(
    raw.systems ?? null,
    field,
    ['systems'],
    (entry, path) => {
      const system = objectAt(entry, ['id', 'location'], field, path);
      const id = stringAt(system.id, field, [...path, 'id']);
      if (locations.has(id))
        fail(field, [...path, 'id'], 'duplicate_id', 'expected a unique system id');
      locations.set(
        id,
        stringAt(
          system.location,
          field,
          [...path, 'location'],
          isTransferLocation,
          LOCATION_EXPECTED,
        ),
      );
    },
    10_000,
  );
  const flows =
    optionalListAt(
      raw.flows ?? null,
      field,
      ['flows'],
      (entry, path: Path) => {
        const flow = parseFlow(entry, field, path, false);
        const id = (entry as { id?: unknown }).id;
        const name =
          id === undefined ? `${flow.from}→${flow.to}` : stringAt(id, field, [...path, 'id']);
        const locate = (key: 'from' | 'to') =>
          locations.get(flow[key]) ??
          fail(
            field,
            [...path, key],
            'unknown_system',
            'expected the id of a system in map.systems',
          );
        return { name, flow: { ...flow, from: locate('from'), to: locate('to') } };
      },
      10_000,
    ) ?? [];
  const residency =
    optionalListAt(
      raw.residency,
      field,
      ['residency'],
      (entry, path) => {
        const rule = objectAt(entry, ['id', 'origin', 'allowedIn'], field, path);
        const allowedIn =
          optionalListAt(
            rule.allowedIn ?? null,
            field,
            [...path, 'allowedIn'],
            (area, at) => stringAt(area, field, at, isArea, 'EEA, EU or an ISO 3166 code'),
            300,
          ) ?? [];
        return {
          id: stringAt(rule.id, field, [...path, 'id']),
          origin: stringAt(
            rule.origin,
            field,
            [...path, 'origin'],
            isArea,
            'EEA, EU or an ISO 3166 code',
          ),
          allowedIn,
        };
      },
      100,
    ) ?? [];
  return { flows, residency };
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
    const from = resolveLocation(flow.from) ?? 'unknown';
    const to = resolveLocation(flow.to) ?? 'unknown';
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
  const date = dayOf(requireObject(options, 'options').at, 'options.at');
  return assessParsedMap(parsed, date);
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

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
  const flows = requireObject(report, 'report').flows;
  const text = (value: unknown, at: Path) => stringAt(value, 'report', at, () => true, 'a string');
  const codes = (value: unknown, at: Path, read: (entry: unknown, item: Path) => string) =>
    (
      optionalListAt(value, 'report', at, read) ??
      fail('report', at, 'invalid_type', 'expected an array')
    ).join(', ');
  const rows =
    optionalListAt(
      flows,
      'report',
      ['flows'],
      (entry, at) => {
        if (typeof entry !== 'object' || entry === null)
          fail('report', at, 'invalid_type', 'expected an object');
        const { flow, decision } = entry as Partial<FlowAssessment>;
        const facts = decision as unknown as Record<string, unknown> | undefined;
        if (typeof facts !== 'object' || facts === null) {
          fail('report', [...at, 'decision'], 'invalid_type', 'expected an object');
        }
        return [
          text(flow, [...at, 'flow']),
          text(facts.from, [...at, 'decision', 'from']),
          text(facts.to, [...at, 'decision', 'to']),
          text(facts.outcome, [...at, 'decision', 'outcome']),
          text(facts.basis, [...at, 'decision', 'basis']),
          codes(facts.obligations, [...at, 'decision', 'obligations'], (item, where) =>
            text(item, where),
          ),
          codes(facts.reasons, [...at, 'decision', 'reasons'], (item, where) =>
            text((item as { code?: unknown } | null)?.code, [...where, 'code']),
          ),
        ]
          .map(cell)
          .join(' | ');
      },
      100_000,
    ) ?? fail('report', ['flows'], 'invalid_type', 'expected an array');
  return [
    '| flow | from | to | outcome | basis | obligations | reasons |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}
