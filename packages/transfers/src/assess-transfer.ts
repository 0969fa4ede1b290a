import {
  appliesOn,
  type BlocMembershipRow,
  blocMembership,
  blocsOf,
  type CalendarDate,
  type Citation,
  type Decision,
  jurisdictionLineage,
  type Reason,
  reason,
  regimesFor,
} from '@pledge/core';
import { cloudRegion, isRegionReference } from './cloud-region.js';
import { CN_THRESHOLDS } from './rules/localisation.js';
import {
  EU_OLD_SCC_NEW_CONTRACTS_UNTIL,
  SCHREMS_II,
  TRANSFER_IMPACT_ASSESSMENT_CITATION,
} from './rules/mechanisms.js';
import { SWISS_LIST_FROM } from './rules/swiss-rules.js';
import type {
  ExporterRegime,
  TransferBasis,
  TransferRuleRow,
  UsFramework,
} from './rules/transfer-rule.js';
import { GENERAL_PRINCIPLE, TRANSFER_RULE_ROWS } from './rules/transfer-rules.js';
import {
  UK_DATA_PROTECTION_TEST,
  UK_DATA_PROTECTION_TEST_FROM,
  UK_OLD_SCC_NEW_CONTRACTS_UNTIL,
} from './rules/uk-rules.js';
import {
  type ParsedFlow,
  parseTransferInput,
  type Safeguard,
  type TransferInput,
} from './transfer-request.js';

/**
 * - `allow`: a basis covers the flow (mind the obligations).
 * - `requires-safeguard`: lawful only once a safeguard, notice or mechanism is in place.
 * - `deny`: the law forbids the flow as described (Russian localisation).
 * - `unknown`: Pledge has no rule for the exporter, destination or date; never a silent allow.
 */
export type TransferOutcome = 'allow' | 'requires-safeguard' | 'deny' | 'unknown';

/** Something the host must do or document for a flow. */
export type TransferObligation =
  /** GDPR/UK GDPR Art. 30(1)(e): list the transfer and its safeguard in the records. */
  | 'RECORD_IN_ROPA'
  /** GDPR/UK GDPR Art. 13(1)(f), 14(1)(f): tell data subjects about the transfer and safeguard. */
  | 'INFORM_DATA_SUBJECTS'
  /** Schrems II / SCCs Clause 14: assess the destination's law; add supplementary measures. */
  | 'TRANSFER_IMPACT_ASSESSMENT'
  /** Check the recipient is on the framework's list on the day of transfer. */
  | 'VERIFY_CERTIFICATION'
  /** Art. 49(1)(a): inform the data subject of the risks before consent. */
  | 'INFORM_OF_RISKS'
  /** Art. 49(1) second subparagraph: inform the supervisory authority. */
  | 'INFORM_SUPERVISORY_AUTHORITY'
  /** Art. 49(6): document the assessment and safeguards in the records. */
  | 'DOCUMENT_ASSESSMENT'
  /** Russia 152-FZ Art. 12: assess the recipient's confidentiality and security. */
  | 'ASSESS_RECIPIENT'
  /** Russia 152-FZ Art. 12: notify Roskomnadzor before the first transfer. */
  | 'NOTIFY_REGULATOR'
  /** Russia: wait 10 working days after notice unless the country is on the adequate list. */
  | 'WAIT_FOR_REGULATOR'
  /** PIPL Art. 39: separate consent for the export. */
  | 'SEPARATE_CONSENT'
  /** PIPL Art. 55: personal information protection impact assessment. */
  | 'IMPACT_ASSESSMENT'
  /** China: file the standard contract with the provincial CAC within 10 working days. */
  | 'FILE_WITH_REGULATOR'
  /** Russia: record and store the data in databases in Russia first. */
  | 'LOCALISE';

/** Stable codes of the reasons {@link assessTransfer} gives. */
export type TransferReasonCode =
  | 'SAME_REGION'
  | 'ADEQUACY_DECISION'
  | 'FRAMEWORK_CERTIFIED'
  | 'FRAMEWORK_CERTIFICATION_REQUIRED'
  | 'ADEQUACY_SCOPE_LIMITED'
  | 'ADEQUACY_SCOPE_EXCLUDES'
  | 'ADEQUACY_NOT_EXTENDED_TO_EXPORTER'
  | 'BASIS_INVALIDATED'
  | 'BASIS_NOT_YET_AVAILABLE'
  | 'SAFEGUARD_ACCEPTED'
  | 'SAFEGUARD_NOT_RECOGNISED'
  | 'SAFEGUARD_NOT_YET_AVAILABLE'
  | 'SAFEGUARD_EXPIRED'
  | 'OLD_SCC_CONCLUDED_TOO_LATE'
  | 'SCC_MODULE_MISMATCH'
  | 'SCC_NEEDS_UK_ADDENDUM'
  | 'DEROGATION_NOT_FOR_REPETITIVE'
  | 'TRANSFER_IMPACT_ASSESSMENT_REQUIRED'
  | 'DATA_PROTECTION_TEST'
  | 'NO_TRANSFER_BASIS'
  | 'CH_SELF_ASSESSMENT'
  | 'RU_LOCALISATION_REQUIRED'
  | 'RU_FOREIGN_DATABASE_PROHIBITED'
  | 'RU_LOCALISATION_APPLIES'
  | 'RU_NOTIFICATION_REQUIRED'
  | 'RU_ADEQUATE_LIST_NOT_MODELLED'
  | 'CN_SECURITY_ASSESSMENT_REQUIRED'
  | 'CN_STANDARD_CONTRACT_OR_CERTIFICATION_REQUIRED'
  | 'CN_EXEMPT'
  | 'CN_VOLUME_REQUIRED'
  | 'CN_THRESHOLD_BOUNDARY'
  | 'CN_PRE_2024_THRESHOLDS_NOT_MODELLED'
  | 'IN_NO_NEGATIVE_LIST'
  | 'RULES_NOT_IN_FORCE'
  | 'EXPORTER_REGIME_UNKNOWN'
  | 'ORIGIN_UNKNOWN'
  | 'DESTINATION_UNKNOWN'
  | 'RESIDENCY_RULE_BROKEN';

/** The decision on one flow. */
export interface TransferDecision extends Decision<TransferOutcome, TransferReasonCode> {
  /** The basis relied on, `none` when there is none. */
  readonly basis: TransferBasis;
  /** What the host must do or document, in a stable order. */
  readonly obligations: readonly TransferObligation[];
  /** Whose transfer rules applied, `unknown` when none. */
  readonly exporterRegime: ExporterRegime | 'unknown';
  /** Country (or `IO:<name>`) the flow leaves, `unknown` when unresolved. */
  readonly from: string;
  /** Country (or `IO:<name>`) the flow reaches, `unknown` when unresolved. */
  readonly to: string;
  /** The day assessed. */
  readonly at: CalendarDate;
}

type Params = Readonly<Record<string, unknown>>;

interface Context {
  readonly flow: ParsedFlow;
  readonly date: CalendarDate;
  readonly from: string;
  readonly to: string;
  readonly regime: ExporterRegime | 'unknown';
  readonly reasons: Reason<TransferReasonCode>[];
}

const ADEQUACY_OBLIGATIONS: readonly TransferObligation[] = [
  'RECORD_IN_ROPA',
  'INFORM_DATA_SUBJECTS',
];
const OCCASIONAL_ONLY = [
  'contract',
  'contract-in-interest',
  'legal-claims',
  'compelling-legitimate-interests',
];
const OLD_SCC_CUTOFF: Readonly<Partial<Record<ExporterRegime | 'unknown', CalendarDate>>> = {
  eu: EU_OLD_SCC_NEW_CONTRACTS_UNTIL,
  uk: UK_OLD_SCC_NEW_CONTRACTS_UNTIL,
  // New Swiss transfers needed the new SCCs from 2021-09-27 (research §3).
  ch: EU_OLD_SCC_NEW_CONTRACTS_UNTIL,
};
const CN_ROUTES: readonly TransferBasis[] = [
  'cn-security-assessment',
  'cn-standard-contract',
  'cn-certification',
];

/** Resolves a location to a country code, `IO:<name>`, or undefined when unknown. */
function resolveLocation(location: string): string | undefined {
  if (location === 'unknown') return undefined;
  if (isRegionReference(location)) return cloudRegion(location)?.country;
  if (location.startsWith('IO:')) return location;
  return jurisdictionLineage(location).at(-1);
}

function exporterRegimeOf(country: string, date: CalendarDate): ExporterRegime | undefined {
  if (country.startsWith('IO:')) return undefined;
  if (blocsOf(country, date).length > 0) return 'eu';
  const regimes = regimesFor(country, date).map((match) => match.regime);
  // GB stayed under the GDPR during the transition period (core's regime table).
  if (regimes.includes('gdpr')) return 'eu';
  if (regimes.includes('uk-gdpr')) return 'uk';
  // Russia has no core regime; China and India are matched by country so that a date before
  // PIPL or DPDP s.16 answers "rules not in force" rather than "unknown exporter".
  const own: Readonly<Record<string, ExporterRegime>> = { CH: 'ch', RU: 'ru', CN: 'cn', IN: 'in' };
  return own[country];
}

function decide(
  context: Context,
  outcome: TransferOutcome,
  basis: TransferBasis = 'none',
  obligations: readonly TransferObligation[] = [],
): TransferDecision {
  return {
    outcome,
    basis,
    obligations: [...new Set(obligations)],
    reasons: context.reasons,
    exporterRegime: context.regime,
    from: context.from,
    to: context.to,
    at: context.date,
  };
}

/** Adds a reason, citing the law behind it where there is one outside the table. */
function add(
  context: Context,
  code: TransferReasonCode,
  params: Params = {},
  citation?: Citation,
): void {
  context.reasons.push(reason(code, params, citation));
}

/**
 * Adds a reason that rests on a table row: the row's citation, and its id as `params.rule`
 * (the key of the row's source URL and note in `@pledge/transfers/sources`).
 */
function cite(
  context: Context,
  row: TransferRuleRow,
  code: TransferReasonCode,
  params: Params = {},
): void {
  add(context, code, { ...params, rule: row.id }, row.citation);
}

function rowsOf(regime: Context['regime']): TransferRuleRow[] {
  return TRANSFER_RULE_ROWS.filter((row) => row.exporter === regime);
}

/** True when the flow names `mechanism` among its safeguards. */
function uses(flow: ParsedFlow, mechanism: TransferBasis): boolean {
  return flow.safeguards?.some((safeguard) => safeguard.mechanism === mechanism) === true;
}

function certified(flow: ParsedFlow, framework: UsFramework): boolean {
  return (
    flow.recipient?.frameworks?.includes(framework) === true ||
    (framework === 'eu-us-dpf' && flow.recipient?.dpfCertified === true)
  );
}

function inEea(country: string, date: CalendarDate): BlocMembershipRow | undefined {
  if (country.startsWith('IO:')) return undefined;
  return blocMembership(country, 'EEA', date) ?? blocMembership(country, 'EU', date);
}

/** Russia 152-FZ Art. 18(5): Russian citizens' data collected into a database abroad. */
function russianLocalisation(context: Context): TransferDecision | undefined {
  const { flow, date, to } = context;
  if (flow.subjectCitizenship?.includes('RU') !== true || to === 'RU') return undefined;
  const row = rowsOf('ru').find(
    (candidate) => candidate.basis === 'none' && appliesOn(candidate, date),
  );
  if (row === undefined) return undefined;
  if (flow.atCollection !== true) {
    cite(context, row, 'RU_LOCALISATION_APPLIES');
    return undefined;
  }
  const code =
    row.id === 'ru-localisation' ? 'RU_LOCALISATION_REQUIRED' : 'RU_FOREIGN_DATABASE_PROHIBITED';
  cite(context, row, code, { since: row.validFrom });
  return decide(context, 'deny', 'none', ['LOCALISE']);
}

/** Why a safeguard's row does not cover the flow, or `undefined` when it does. */
function safeguardRefusal(
  safeguard: Safeguard,
  row: TransferRuleRow,
  { flow, date, regime }: Context,
): [TransferReasonCode, Params] | undefined {
  const mechanism = safeguard.mechanism;
  if (date < row.validFrom) {
    return ['SAFEGUARD_NOT_YET_AVAILABLE', { mechanism, availableFrom: row.validFrom }];
  }
  if (row.validTo !== undefined && date > row.validTo) {
    return ['SAFEGUARD_EXPIRED', { mechanism, expiredAfter: row.validTo }];
  }
  if (safeguard.mechanism === 'scc-2010') {
    const cutoff = OLD_SCC_CUTOFF[regime] ?? row.validFrom;
    if (safeguard.concludedOn > cutoff)
      return ['OLD_SCC_CONCLUDED_TOO_LATE', { concludedBy: cutoff }];
  }
  if (
    safeguard.mechanism === 'scc-2021' &&
    flow.exporterRole !== undefined &&
    flow.recipient?.role !== undefined
  ) {
    const expected =
      (flow.exporterRole === 'controller' ? 1 : 3) +
      (flow.exporterRole === flow.recipient.role ? 0 : 1);
    if (expected !== safeguard.module) {
      return ['SCC_MODULE_MISMATCH', { module: safeguard.module, expectedModule: expected }];
    }
  }
  if (
    safeguard.mechanism === 'derogation' &&
    safeguard.repetitive === true &&
    OCCASIONAL_ONLY.includes(safeguard.derogation)
  ) {
    return ['DEROGATION_NOT_FOR_REPETITIVE', { derogation: safeguard.derogation }];
  }
  return undefined;
}

/** Checks one safeguard; returns the decision when it covers the flow. */
function checkSafeguard(safeguard: Safeguard, context: Context): TransferDecision | undefined {
  const { flow, date, regime } = context;
  const mechanism = safeguard.mechanism;
  if (regime === 'uk' && mechanism === 'scc-2021') {
    // The EU SCCs work for a UK exporter only with the UK Addendum, assessed on its own.
    if (!uses(flow, 'uk-addendum')) {
      add(context, 'SCC_NEEDS_UK_ADDENDUM', { mechanism }, GENERAL_PRINCIPLE.uk);
    }
    return undefined;
  }
  const row = rowsOf(regime).find((candidate) => candidate.basis === mechanism);
  if (row === undefined) {
    add(context, 'SAFEGUARD_NOT_RECOGNISED', { mechanism, regime });
    return undefined;
  }
  const refusal = safeguardRefusal(safeguard, row, context);
  if (refusal !== undefined) {
    cite(context, row, ...refusal);
    return undefined;
  }
  const obligations: TransferObligation[] = [...ADEQUACY_OBLIGATIONS];
  if (safeguard.mechanism === 'derogation') {
    const derogation = safeguard.derogation;
    if (derogation === 'explicit-consent') obligations.push('INFORM_OF_RISKS');
    if (derogation === 'compelling-legitimate-interests') {
      obligations.push('INFORM_SUPERVISORY_AUTHORITY', 'DOCUMENT_ASSESSMENT');
    }
    cite(context, row, 'SAFEGUARD_ACCEPTED', { mechanism, derogation });
    return decide(context, 'allow', 'derogation', obligations);
  }
  cite(
    context,
    row,
    'SAFEGUARD_ACCEPTED',
    safeguard.mechanism === 'scc-2021' ? { mechanism, module: safeguard.module } : { mechanism },
  );
  // Schrems II: every Art. 46 tool needs a transfer impact assessment (UK: transfer risk
  // assessment; from 2026-02-05 the DUAA data protection test).
  if (date >= SCHREMS_II) {
    obligations.push('TRANSFER_IMPACT_ASSESSMENT');
    add(
      context,
      'TRANSFER_IMPACT_ASSESSMENT_REQUIRED',
      { since: SCHREMS_II },
      TRANSFER_IMPACT_ASSESSMENT_CITATION,
    );
  }
  if (regime === 'uk' && date >= UK_DATA_PROTECTION_TEST_FROM) {
    add(
      context,
      'DATA_PROTECTION_TEST',
      { since: UK_DATA_PROTECTION_TEST_FROM },
      UK_DATA_PROTECTION_TEST,
    );
  }
  return decide(context, 'allow', row.basis, obligations);
}

/**
 * Why a destination row in force does not cover the flow, or `undefined` when it does;
 * `covered` says whether the recipient holds the row's framework, if it names one.
 */
function scopeRefusal(
  row: TransferRuleRow,
  { flow, from }: Context,
  covered: boolean,
): [TransferReasonCode, Params] | undefined {
  if (row.excludedExporters?.includes(from) === true) {
    return ['ADEQUACY_NOT_EXTENDED_TO_EXPORTER', { decision: row.id }];
  }
  if (!covered) return ['FRAMEWORK_CERTIFICATION_REQUIRED', { framework: row.framework }];
  if (row.privateSectorOnly === true && flow.recipient?.sector === 'public') {
    return ['ADEQUACY_SCOPE_EXCLUDES', { decision: row.id, scope: 'public-sector' }];
  }
  const excluded = row.excludedCategories?.filter((category) =>
    flow.dataCategories?.includes(category),
  );
  if (excluded !== undefined && excluded.length > 0) {
    return ['ADEQUACY_SCOPE_EXCLUDES', { decision: row.id, dataCategories: excluded }];
  }
  return undefined;
}

/** GDPR, UK GDPR and FADP: same region, adequacy, frameworks, safeguards. */
function assessChapterV(regime: 'eu' | 'uk' | 'ch', context: Context): TransferDecision {
  const { flow, date, to } = context;
  const membership = regime === 'eu' ? inEea(to, date) : undefined;
  if (membership !== undefined) {
    add(context, 'SAME_REGION', { area: membership.bloc }, membership.citation);
    return decide(context, 'allow', 'same-region');
  }
  for (const row of rowsOf(regime)) {
    const matches =
      row.destination === to || (row.destination === 'EEA' && inEea(to, date) !== undefined);
    if (!matches) continue;
    const covered = row.framework === undefined || certified(flow, row.framework);
    if (!appliesOn(row, date)) {
      if (!covered || row.framework === undefined) continue;
      if (date < row.validFrom) {
        cite(context, row, 'BASIS_NOT_YET_AVAILABLE', {
          basis: row.basis,
          availableFrom: row.validFrom,
        });
      } else {
        // A framework struck down by a court (or delisted by the FDPIC) is no basis from the
        // judgment on, with no grace period (Schrems II, C-311/18, para. 202).
        cite(context, row, 'BASIS_INVALIDATED', {
          basis: row.basis,
          invalidatedOn: row.invalidatedOn ?? row.validTo,
        });
      }
      continue;
    }
    if (row.basis === 'same-region') {
      cite(context, row, 'SAME_REGION', { area: row.id });
      return decide(context, 'allow', 'same-region');
    }
    const refusal = scopeRefusal(row, context, covered);
    if (refusal !== undefined) {
      cite(context, row, ...refusal);
      continue;
    }
    if (row.framework !== undefined) {
      cite(context, row, 'FRAMEWORK_CERTIFIED', { framework: row.framework, since: row.validFrom });
      return decide(context, 'allow', row.basis, [...ADEQUACY_OBLIGATIONS, 'VERIFY_CERTIFICATION']);
    }
    cite(context, row, 'ADEQUACY_DECISION', { decision: row.id, since: row.validFrom });
    if (row.privateSectorOnly === true || row.excludedCategories !== undefined) {
      cite(context, row, 'ADEQUACY_SCOPE_LIMITED', { decision: row.id });
    }
    return decide(context, 'allow', row.basis, ADEQUACY_OBLIGATIONS);
  }
  for (const safeguard of flow.safeguards ?? []) {
    const covered = checkSafeguard(safeguard, context);
    if (covered !== undefined) return covered;
  }
  if (regime === 'ch' && date < SWISS_LIST_FROM) {
    add(context, 'CH_SELF_ASSESSMENT', { bindingListFrom: SWISS_LIST_FROM }, GENERAL_PRINCIPLE.ch);
    return decide(context, 'unknown');
  }
  add(context, 'NO_TRANSFER_BASIS', { regime }, GENERAL_PRINCIPLE[regime]);
  return decide(context, 'requires-safeguard', 'none', ADEQUACY_OBLIGATIONS);
}

/** The row with `id`; the engine names only rows the table has (checked by its tests). */
function rowById(id: string): TransferRuleRow {
  return TRANSFER_RULE_ROWS.find((row) => row.id === id)!;
}

/** True when `row` applies on the day assessed; otherwise `RULES_NOT_IN_FORCE` is added. */
function inForce(context: Context, row: TransferRuleRow): boolean {
  if (appliesOn(row, context.date)) return true;
  cite(context, row, 'RULES_NOT_IN_FORCE', { regime: context.regime, from: row.validFrom });
  return false;
}

/** Russia 152-FZ Art. 12 (from 2023-03-01): assessment and prior notice. */
function assessRussia(context: Context): TransferDecision {
  const row = rowById('ru-cross-border-notice');
  if (!inForce(context, row)) return decide(context, 'unknown');
  const obligations: TransferObligation[] = [
    'ASSESS_RECIPIENT',
    'NOTIFY_REGULATOR',
    'WAIT_FOR_REGULATOR',
  ];
  cite(context, row, 'RU_ADEQUATE_LIST_NOT_MODELLED');
  if (uses(context.flow, 'ru-notification')) {
    cite(context, row, 'SAFEGUARD_ACCEPTED', { mechanism: 'ru-notification' });
    return decide(context, 'allow', 'ru-notification', obligations);
  }
  cite(context, row, 'RU_NOTIFICATION_REQUIRED');
  return decide(context, 'requires-safeguard', 'none', obligations);
}

/** China PIPL Arts 38-40 and the 2024 Provisions' thresholds. */
function assessChina(context: Context): TransferDecision {
  const { flow, date } = context;
  const rows = rowsOf('cn');
  const pipl = rowById('cn-pipl');
  if (!inForce(context, pipl)) return decide(context, 'unknown');
  const obligations: TransferObligation[] = ['SEPARATE_CONSENT', 'IMPACT_ASSESSMENT'];
  // The first of `routes` the flow has in place and that applies on the day, else none.
  const grant = (routes: readonly TransferBasis[]) => {
    for (const basis of routes) {
      const row = rows.find((candidate) => candidate.basis === basis && appliesOn(candidate, date));
      if (row === undefined || !uses(flow, basis)) continue;
      cite(context, row, 'SAFEGUARD_ACCEPTED', { mechanism: basis });
      return decide(
        context,
        'allow',
        basis,
        basis === 'cn-standard-contract' ? [...obligations, 'FILE_WITH_REGULATOR'] : obligations,
      );
    }
    return decide(context, 'requires-safeguard', 'none', obligations);
  };
  const provisions = rowById('cn-2024-provisions');
  if (!appliesOn(provisions, date)) {
    cite(context, pipl, 'CN_PRE_2024_THRESHOLDS_NOT_MODELLED');
    return grant(CN_ROUTES);
  }
  const individuals = flow.volume?.individuals;
  const sensitive = flow.volume?.sensitiveIndividuals;
  if (
    individuals === CN_THRESHOLDS.exempt ||
    individuals === CN_THRESHOLDS.assessment ||
    sensitive === CN_THRESHOLDS.sensitiveAssessment
  ) {
    // "More than X" and "fewer than X" leave the boundary itself uncovered; take the stricter.
    cite(context, provisions, 'CN_THRESHOLD_BOUNDARY');
  }
  const assessment =
    flow.criticalInfrastructure === true ||
    flow.dataCategories?.includes('important-data') === true ||
    (individuals ?? 0) >= CN_THRESHOLDS.assessment ||
    (sensitive ?? 0) >= CN_THRESHOLDS.sensitiveAssessment;
  if (assessment) {
    cite(context, provisions, 'CN_SECURITY_ASSESSMENT_REQUIRED');
    return grant(['cn-security-assessment']);
  }
  const sensitiveUnknown =
    flow.dataCategories?.includes('sensitive') === true && sensitive === undefined;
  if (individuals === undefined || sensitiveUnknown) {
    cite(context, provisions, 'CN_VOLUME_REQUIRED');
    return decide(context, 'unknown', 'none', obligations);
  }
  if ((sensitive ?? 0) > 0 || individuals >= CN_THRESHOLDS.exempt) {
    cite(context, provisions, 'CN_STANDARD_CONTRACT_OR_CERTIFICATION_REQUIRED');
    return grant(CN_ROUTES);
  }
  cite(context, provisions, 'CN_EXEMPT', { below: CN_THRESHOLDS.exempt });
  return decide(context, 'allow', 'cn-exemption', obligations);
}

/** India DPDP Act s.16: transfers allowed except to notified countries (none notified). */
function assessIndia(context: Context): TransferDecision {
  const row = rowById('in-dpdp-s16');
  if (!inForce(context, row)) return decide(context, 'unknown');
  cite(context, row, 'IN_NO_NEGATIVE_LIST');
  return decide(context, 'allow', 'no-restriction');
}

/** Assesses an already validated flow on `date`. */
export function assessParsedFlow(flow: ParsedFlow, date: CalendarDate): TransferDecision {
  const from = resolveLocation(flow.from);
  const to = resolveLocation(flow.to);
  const regime = from === undefined ? undefined : exporterRegimeOf(from, date);
  const context: Context = {
    flow,
    date,
    from: from ?? 'unknown',
    to: to ?? 'unknown',
    regime: regime ?? 'unknown',
    reasons: [],
  };
  if (from === undefined) {
    add(context, 'ORIGIN_UNKNOWN');
    return decide(context, 'unknown');
  }
  if (to === undefined) {
    add(context, 'DESTINATION_UNKNOWN');
    return decide(context, 'unknown');
  }
  const denied = russianLocalisation(context);
  if (denied !== undefined) return denied;
  if (from === to) {
    add(context, 'SAME_REGION', { area: from });
    return decide(context, 'allow', 'same-region');
  }
  if (regime === 'eu' || regime === 'uk' || regime === 'ch') return assessChapterV(regime, context);
  if (regime === 'ru') return assessRussia(context);
  if (regime === 'cn') return assessChina(context);
  if (regime === 'in') return assessIndia(context);
  add(context, 'EXPORTER_REGIME_UNKNOWN');
  return decide(context, 'unknown');
}

/**
 * Decides whether personal data may flow from `from` to `to` on `at`, on which basis, and what
 * must be documented. EU/EEA, UK and Swiss exporters get GDPR/UK GDPR/FADP Chapter V answers
 * (intra-EEA, adequacy, DPF, SCCs, BCRs, derogations); Russian, Chinese and Indian exporters get
 * their export rules; Russian citizens' data collected straight into a foreign database is
 * denied whoever collects it. Anything else is `unknown`.
 *
 * A recipient certified only under the Privacy Shield gets `requires-safeguard` with
 * `BASIS_INVALIDATED` from 2020-07-16: Schrems II (C-311/18) removed the basis but not the
 * transfer itself, which SCCs plus an impact assessment can still carry.
 *
 * @example
 * ```ts
 * const decision = assessTransfer({ from: 'DE', to: 'US', at: '2024-01-01', recipient: { role: 'processor', dpfCertified: true } });
 * decision.outcome; // 'allow'
 * decision.basis; // 'dpf'
 * ```
 */
export function assessTransfer(input: TransferInput): TransferDecision {
  const { at, ...flow } = parseTransferInput(input, ['input']);
  return assessParsedFlow(flow, at);
}
