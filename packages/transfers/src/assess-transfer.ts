import {
  appliesOn,
  type BlocMembershipRow,
  blocMembership,
  blocsOf,
  type CalendarDate,
  type Decision,
  parseJurisdiction,
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
  dayOf,
  type ParsedFlow,
  parseFlow,
  requireObject,
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

type Found = Reason<TransferReasonCode>;

interface Context {
  readonly flow: ParsedFlow;
  readonly date: CalendarDate;
  readonly from: string;
  readonly to: string;
  readonly reasons: Found[];
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
const OLD_SCC_CUTOFF: Readonly<Partial<Record<ExporterRegime, CalendarDate>>> = {
  eu: EU_OLD_SCC_NEW_CONTRACTS_UNTIL,
  uk: UK_OLD_SCC_NEW_CONTRACTS_UNTIL,
  // New Swiss transfers needed the new SCCs from 2021-09-27 (research §3).
  ch: EU_OLD_SCC_NEW_CONTRACTS_UNTIL,
};

/** Resolves a location to a country code, `IO:<name>`, or undefined when unknown. */
export function resolveLocation(location: string): string | undefined {
  if (location === 'unknown') return undefined;
  if (isRegionReference(location)) return cloudRegion(location)?.country;
  if (location.startsWith('IO:')) return location;
  return parseJurisdiction(location).country;
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

function decision(
  context: Context,
  regime: ExporterRegime | 'unknown',
  outcome: TransferOutcome,
  basis: TransferBasis,
  obligations: readonly TransferObligation[] = [],
): TransferDecision {
  return {
    outcome,
    basis,
    obligations: [...new Set(obligations)],
    reasons: context.reasons,
    exporterRegime: regime,
    from: context.from,
    to: context.to,
    at: context.date,
  };
}

/**
 * A reason that rests on a table row: the row's full citation, and its id as `params.rule`
 * (the key of the row's source note in `transferRuleNotes()`).
 */
function cite(
  code: TransferReasonCode,
  params: Readonly<Record<string, unknown>>,
  row: TransferRuleRow,
): Found {
  return reason(code, { ...params, rule: row.id }, row.citation);
}

function rowsOf(regime: ExporterRegime): TransferRuleRow[] {
  return TRANSFER_RULE_ROWS.filter((row) => row.exporter === regime);
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

function destinationMatches(row: TransferRuleRow, context: Context): boolean {
  return (
    row.destination === context.to ||
    (row.destination === 'EEA' && inEea(context.to, context.date) !== undefined)
  );
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
    context.reasons.push(cite('RU_LOCALISATION_APPLIES', {}, row));
    return undefined;
  }
  const code =
    row.id === 'ru-localisation' ? 'RU_LOCALISATION_REQUIRED' : 'RU_FOREIGN_DATABASE_PROHIBITED';
  context.reasons.push(cite(code, { since: row.validFrom }, row));
  return decision(context, exporterRegimeOf(context.from, date) ?? 'unknown', 'deny', 'none', [
    'LOCALISE',
  ]);
}

/** Checks one safeguard; returns its basis and obligations when it covers the flow. */
function checkSafeguard(
  regime: ExporterRegime,
  safeguard: Safeguard,
  context: Context,
): { basis: TransferBasis; obligations: TransferObligation[] } | undefined {
  const { flow, date, reasons } = context;
  const mechanism = safeguard.mechanism;
  if (regime === 'uk' && mechanism === 'scc-2021') {
    // The EU SCCs work for a UK exporter only with the UK Addendum, assessed on its own.
    if (!flow.safeguards?.some((other) => other.mechanism === 'uk-addendum')) {
      reasons.push(reason('SCC_NEEDS_UK_ADDENDUM', { mechanism }, GENERAL_PRINCIPLE.uk));
    }
    return undefined;
  }
  const row = rowsOf(regime).find((candidate) => candidate.basis === mechanism);
  if (row === undefined) {
    reasons.push(reason('SAFEGUARD_NOT_RECOGNISED', { mechanism, regime }));
    return undefined;
  }
  if (date < row.validFrom) {
    reasons.push(
      cite('SAFEGUARD_NOT_YET_AVAILABLE', { mechanism, availableFrom: row.validFrom }, row),
    );
    return undefined;
  }
  if (row.validTo !== undefined && date > row.validTo) {
    reasons.push(cite('SAFEGUARD_EXPIRED', { mechanism, expiredAfter: row.validTo }, row));
    return undefined;
  }
  const obligations: TransferObligation[] = [...ADEQUACY_OBLIGATIONS];
  if (safeguard.mechanism === 'scc-2010') {
    const cutoff = OLD_SCC_CUTOFF[regime] ?? row.validFrom;
    if (safeguard.concludedOn > cutoff) {
      reasons.push(cite('OLD_SCC_CONCLUDED_TOO_LATE', { concludedBy: cutoff }, row));
      return undefined;
    }
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
      reasons.push(
        cite('SCC_MODULE_MISMATCH', { module: safeguard.module, expectedModule: expected }, row),
      );
      return undefined;
    }
  }
  if (safeguard.mechanism === 'derogation') {
    if (safeguard.repetitive === true && OCCASIONAL_ONLY.includes(safeguard.derogation)) {
      reasons.push(
        cite('DEROGATION_NOT_FOR_REPETITIVE', { derogation: safeguard.derogation }, row),
      );
      return undefined;
    }
    if (safeguard.derogation === 'explicit-consent') obligations.push('INFORM_OF_RISKS');
    if (safeguard.derogation === 'compelling-legitimate-interests') {
      obligations.push('INFORM_SUPERVISORY_AUTHORITY', 'DOCUMENT_ASSESSMENT');
    }
    reasons.push(cite('SAFEGUARD_ACCEPTED', { mechanism, derogation: safeguard.derogation }, row));
    return { basis: 'derogation', obligations };
  }
  reasons.push(
    cite(
      'SAFEGUARD_ACCEPTED',
      safeguard.mechanism === 'scc-2021' ? { mechanism, module: safeguard.module } : { mechanism },
      row,
    ),
  );
  // Schrems II: every Art. 46 tool needs a transfer impact assessment (UK: transfer risk
  // assessment; from 2026-02-05 the DUAA data protection test).
  if (date >= SCHREMS_II) {
    obligations.push('TRANSFER_IMPACT_ASSESSMENT');
    reasons.push(
      reason(
        'TRANSFER_IMPACT_ASSESSMENT_REQUIRED',
        { since: SCHREMS_II },
        TRANSFER_IMPACT_ASSESSMENT_CITATION,
      ),
    );
  }
  if (regime === 'uk' && date >= UK_DATA_PROTECTION_TEST_FROM) {
    reasons.push(
      reason(
        'DATA_PROTECTION_TEST',
        { since: UK_DATA_PROTECTION_TEST_FROM },
        UK_DATA_PROTECTION_TEST,
      ),
    );
  }
  return { basis: row.basis, obligations };
}

/** GDPR, UK GDPR and FADP: same region, adequacy, frameworks, safeguards. */
function assessChapterV(regime: 'eu' | 'uk' | 'ch', context: Context): TransferDecision {
  const { flow, date, from, to, reasons } = context;
  const membership = regime === 'eu' ? inEea(to, date) : undefined;
  if (membership !== undefined) {
    reasons.push(reason('SAME_REGION', { area: membership.bloc }, membership.citation));
    return decision(context, regime, 'allow', 'same-region');
  }
  const rows = rowsOf(regime).filter(
    (row) => row.destination !== undefined && destinationMatches(row, context),
  );
  for (const row of rows) {
    const covering = row.framework === undefined || certified(flow, row.framework);
    if (!appliesOn(row, date)) {
      if (!covering || row.framework === undefined) continue;
      if (date < row.validFrom) {
        reasons.push(
          cite('BASIS_NOT_YET_AVAILABLE', { basis: row.basis, availableFrom: row.validFrom }, row),
        );
      } else {
        // A framework struck down by a court (or delisted by the FDPIC) is no basis from the
        // judgment on, with no grace period (Schrems II, C-311/18, para. 202).
        reasons.push(
          cite(
            'BASIS_INVALIDATED',
            { basis: row.basis, invalidatedOn: row.invalidatedOn ?? row.validTo },
            row,
          ),
        );
      }
      continue;
    }
    if (row.basis === 'same-region') {
      reasons.push(cite('SAME_REGION', { area: row.id }, row));
      return decision(context, regime, 'allow', 'same-region');
    }
    if (row.excludedExporters?.includes(from) === true) {
      reasons.push(cite('ADEQUACY_NOT_EXTENDED_TO_EXPORTER', { decision: row.id }, row));
      continue;
    }
    if (!covering) {
      reasons.push(cite('FRAMEWORK_CERTIFICATION_REQUIRED', { framework: row.framework }, row));
      continue;
    }
    const excluded = row.excludedCategories?.filter((category) =>
      flow.dataCategories?.includes(category),
    );
    if (row.privateSectorOnly === true && flow.recipient?.sector === 'public') {
      reasons.push(
        cite('ADEQUACY_SCOPE_EXCLUDES', { decision: row.id, scope: 'public-sector' }, row),
      );
      continue;
    }
    if (excluded !== undefined && excluded.length > 0) {
      reasons.push(
        cite('ADEQUACY_SCOPE_EXCLUDES', { decision: row.id, dataCategories: excluded }, row),
      );
      continue;
    }
    if (row.framework !== undefined) {
      reasons.push(
        cite('FRAMEWORK_CERTIFIED', { framework: row.framework, since: row.validFrom }, row),
      );
      return decision(context, regime, 'allow', row.basis, [
        ...ADEQUACY_OBLIGATIONS,
        'VERIFY_CERTIFICATION',
      ]);
    }
    reasons.push(cite('ADEQUACY_DECISION', { decision: row.id, since: row.validFrom }, row));
    if (row.privateSectorOnly === true || row.excludedCategories !== undefined) {
      reasons.push(cite('ADEQUACY_SCOPE_LIMITED', { decision: row.id }, row));
    }
    return decision(context, regime, 'allow', row.basis, ADEQUACY_OBLIGATIONS);
  }
  for (const safeguard of flow.safeguards ?? []) {
    const covered = checkSafeguard(regime, safeguard, context);
    if (covered !== undefined)
      return decision(context, regime, 'allow', covered.basis, covered.obligations);
  }
  if (regime === 'ch' && date < SWISS_LIST_FROM) {
    reasons.push(
      reason('CH_SELF_ASSESSMENT', { bindingListFrom: SWISS_LIST_FROM }, GENERAL_PRINCIPLE.ch),
    );
    return decision(context, regime, 'unknown', 'none');
  }
  reasons.push(reason('NO_TRANSFER_BASIS', { regime }, GENERAL_PRINCIPLE[regime]));
  return decision(context, regime, 'requires-safeguard', 'none', ADEQUACY_OBLIGATIONS);
}

function notInForce(
  context: Context,
  regime: ExporterRegime,
  row: TransferRuleRow | undefined,
): TransferDecision {
  context.reasons.push(
    row === undefined
      ? reason('RULES_NOT_IN_FORCE', { regime })
      : cite('RULES_NOT_IN_FORCE', { regime, from: row.validFrom }, row),
  );
  return decision(context, regime, 'unknown', 'none');
}

/** Russia 152-FZ Art. 12 (from 2023-03-01): assessment and prior notice. */
function assessRussia(context: Context): TransferDecision {
  const row = rowsOf('ru').find((candidate) => candidate.basis === 'ru-notification');
  if (row === undefined || !appliesOn(row, context.date)) return notInForce(context, 'ru', row);
  const obligations: TransferObligation[] = [
    'ASSESS_RECIPIENT',
    'NOTIFY_REGULATOR',
    'WAIT_FOR_REGULATOR',
  ];
  context.reasons.push(cite('RU_ADEQUATE_LIST_NOT_MODELLED', {}, row));
  if (
    context.flow.safeguards?.some((safeguard) => safeguard.mechanism === 'ru-notification') === true
  ) {
    context.reasons.push(cite('SAFEGUARD_ACCEPTED', { mechanism: 'ru-notification' }, row));
    return decision(context, 'ru', 'allow', 'ru-notification', obligations);
  }
  context.reasons.push(cite('RU_NOTIFICATION_REQUIRED', {}, row));
  return decision(context, 'ru', 'requires-safeguard', 'none', obligations);
}

/** China PIPL Arts 38-40 and the 2024 Provisions' thresholds. */
function assessChina(context: Context): TransferDecision {
  const { flow, date, reasons } = context;
  const rows = rowsOf('cn');
  const pipl = rows.find((row) => row.id === 'cn-pipl');
  if (pipl === undefined || !appliesOn(pipl, date)) return notInForce(context, 'cn', pipl);
  const obligations: TransferObligation[] = ['SEPARATE_CONSENT', 'IMPACT_ASSESSMENT'];
  const provisions = rows.find((row) => row.id === 'cn-2024-provisions');
  const available = (basis: TransferBasis) =>
    flow.safeguards?.some((safeguard) => safeguard.mechanism === basis) === true &&
    rows.some((row) => row.basis === basis && appliesOn(row, date));
  const grant = (bases: readonly TransferBasis[]) => {
    const basis = bases.find(available);
    if (basis === undefined) return undefined;
    const row = rows.find((candidate) => candidate.basis === basis);
    reasons.push(
      row === undefined
        ? reason('SAFEGUARD_ACCEPTED', { mechanism: basis })
        : cite('SAFEGUARD_ACCEPTED', { mechanism: basis }, row),
    );
    const extra: TransferObligation[] =
      basis === 'cn-standard-contract' ? ['FILE_WITH_REGULATOR'] : [];
    return decision(context, 'cn', 'allow', basis, [...obligations, ...extra]);
  };
  const all: TransferBasis[] = [
    'cn-security-assessment',
    'cn-standard-contract',
    'cn-certification',
  ];
  if (provisions === undefined || !appliesOn(provisions, date)) {
    reasons.push(cite('CN_PRE_2024_THRESHOLDS_NOT_MODELLED', {}, pipl));
    return grant(all) ?? decision(context, 'cn', 'requires-safeguard', 'none', obligations);
  }
  const individuals = flow.volume?.individuals;
  const sensitive = flow.volume?.sensitiveIndividuals;
  if (
    individuals === CN_THRESHOLDS.exempt ||
    individuals === CN_THRESHOLDS.assessment ||
    sensitive === CN_THRESHOLDS.sensitiveAssessment
  ) {
    // "More than X" and "fewer than X" leave the boundary itself uncovered; take the stricter.
    reasons.push(cite('CN_THRESHOLD_BOUNDARY', {}, provisions));
  }
  const assessment =
    flow.criticalInfrastructure === true ||
    flow.dataCategories?.includes('important-data') === true ||
    (individuals ?? 0) >= CN_THRESHOLDS.assessment ||
    (sensitive ?? 0) >= CN_THRESHOLDS.sensitiveAssessment;
  if (assessment) {
    reasons.push(cite('CN_SECURITY_ASSESSMENT_REQUIRED', {}, provisions));
    return (
      grant(['cn-security-assessment']) ??
      decision(context, 'cn', 'requires-safeguard', 'none', obligations)
    );
  }
  const sensitiveUnknown =
    flow.dataCategories?.includes('sensitive') === true && sensitive === undefined;
  if (individuals === undefined || sensitiveUnknown) {
    reasons.push(cite('CN_VOLUME_REQUIRED', {}, provisions));
    return decision(context, 'cn', 'unknown', 'none', obligations);
  }
  if ((sensitive ?? 0) > 0 || individuals >= CN_THRESHOLDS.exempt) {
    reasons.push(cite('CN_STANDARD_CONTRACT_OR_CERTIFICATION_REQUIRED', {}, provisions));
    return grant(all) ?? decision(context, 'cn', 'requires-safeguard', 'none', obligations);
  }
  reasons.push(cite('CN_EXEMPT', { below: CN_THRESHOLDS.exempt }, provisions));
  return decision(context, 'cn', 'allow', 'cn-exemption', obligations);
}

/** India DPDP Act s.16: transfers allowed except to notified countries (none notified). */
function assessIndia(context: Context): TransferDecision {
  const row = rowsOf('in')[0];
  if (row === undefined || !appliesOn(row, context.date)) return notInForce(context, 'in', row);
  context.reasons.push(cite('IN_NO_NEGATIVE_LIST', {}, row));
  return decision(context, 'in', 'allow', 'no-restriction');
}

/** Assesses an already validated flow on `date`. */
export function assessParsedFlow(flow: ParsedFlow, date: CalendarDate): TransferDecision {
  const from = resolveLocation(flow.from);
  const to = resolveLocation(flow.to);
  const context: Context = {
    flow,
    date,
    from: from ?? 'unknown',
    to: to ?? 'unknown',
    reasons: [],
  };
  if (from === undefined) {
    context.reasons.push(reason('ORIGIN_UNKNOWN', {}));
    return decision(context, 'unknown', 'unknown', 'none');
  }
  if (to === undefined) {
    context.reasons.push(reason('DESTINATION_UNKNOWN', {}));
    return decision(context, exporterRegimeOf(from, date) ?? 'unknown', 'unknown', 'none');
  }
  const denied = russianLocalisation(context);
  if (denied !== undefined) return denied;
  const regime = exporterRegimeOf(from, date);
  if (from === to) {
    context.reasons.push(reason('SAME_REGION', { area: from }));
    return decision(context, regime ?? 'unknown', 'allow', 'same-region');
  }
  if (regime === 'eu' || regime === 'uk' || regime === 'ch') return assessChapterV(regime, context);
  if (regime === 'ru') return assessRussia(context);
  if (regime === 'cn') return assessChina(context);
  if (regime === 'in') return assessIndia(context);
  context.reasons.push(reason('EXPORTER_REGIME_UNKNOWN', {}));
  return decision(context, 'unknown', 'unknown', 'none');
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
  const raw = requireObject(input, 'input');
  const date = dayOf(raw.at, 'input.at');
  return assessParsedFlow(parseFlow(raw, 'input', [], true), date);
}
