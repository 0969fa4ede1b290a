import {
  type CalendarDate,
  calendarDateIn,
  type DateInput,
  isCalendarDate,
  isJurisdiction,
  type Jurisdiction,
  parseInstant,
} from '@pledge/core';
import { isRegionReference } from './cloud-region.js';
import {
  bool,
  type Check,
  type Checks,
  count,
  list,
  objectAt,
  oneOf,
  optional,
  record,
  text,
} from './input-check.js';
import type { UsFramework } from './rules/transfer-rule.js';

/**
 * Where data is or goes: an ISO 3166 code (`DE`, `US-CA`), a cloud region (`aws:eu-central-1`,
 * `gcp:europe-west3`, `azure:westeurope`), an international organisation (`IO:EPO`), or
 * `unknown` when the host does not know.
 */
export type TransferLocation =
  | Jurisdiction
  | `${'aws' | 'gcp' | 'azure'}:${string}`
  | `IO:${string}`
  | 'unknown';

/** GDPR role of a party to a transfer. */
export type TransferRole = 'controller' | 'processor';

/** Module of the 2021 EU SCCs: 1 controller→controller, 2 controller→processor, 3 processor→processor, 4 processor→controller. */
export type SccModule = 1 | 2 | 3 | 4;

/**
 * A GDPR Art. 49(1) derogation (UK GDPR Art. 49, FADP Art. 17 alike): (a) explicit consent,
 * (b) contract with the data subject, (c) contract in their interest, (d) public interest,
 * (e) legal claims, (f) vital interests, (g) public register, and the second-subparagraph
 * compelling legitimate interests.
 */
export type Derogation =
  | 'explicit-consent'
  | 'contract'
  | 'contract-in-interest'
  | 'public-interest'
  | 'legal-claims'
  | 'vital-interests'
  | 'public-register'
  | 'compelling-legitimate-interests';

/** Safeguards and notices that need no further detail. */
export type PlainSafeguard =
  | 'idta'
  | 'uk-addendum'
  | 'bcr'
  | 'code-of-conduct'
  | 'certification'
  | 'ru-notification'
  | 'cn-security-assessment'
  | 'cn-standard-contract'
  | 'cn-certification';

/** A safeguard the exporter has in place for a flow. */
export type Safeguard =
  | {
      /** EU SCCs 2021/914 (Swiss-adapted for a Swiss exporter). */
      readonly mechanism: 'scc-2021';
      /** The module signed. */
      readonly module: SccModule;
    }
  | {
      /** The old EU SCCs (2001/497/EC, 2004/915/EC, 2010/87/EU). */
      readonly mechanism: 'scc-2010';
      /** The day the contract was concluded (decides the transition). */
      readonly concludedOn: CalendarDate;
    }
  | {
      /** An Art. 49 derogation. */
      readonly mechanism: 'derogation';
      /** Which one. */
      readonly derogation: Derogation;
      /** True when the flow is regular or repeated rather than occasional. */
      readonly repetitive?: boolean;
    }
  | {
      /** Any other tool: IDTA, UK Addendum, BCRs, code, certification, RU notice, CN routes. */
      readonly mechanism: PlainSafeguard;
    };

/** What is known about the importer. */
export interface TransferRecipient {
  /** The recipient's GDPR role (with `exporterRole`, decides the SCC module). */
  readonly role?: TransferRole;
  /** Listed on the Department of Commerce DPF List under the EU-US DPF. */
  readonly dpfCertified?: boolean;
  /** Other US frameworks the recipient is (or was) certified under. */
  readonly frameworks?: readonly UsFramework[];
  /** `public` when the recipient is a public authority (outside PIPEDA, APPI adequacy). */
  readonly sector?: 'private' | 'public';
}

/** Volumes for China's 2024 thresholds, counted since 1 January of the current year. */
export interface TransferVolume {
  /** Individuals whose (non-sensitive) personal information has been exported. */
  readonly individuals?: number;
  /** Individuals whose sensitive personal information has been exported. */
  readonly sensitiveIndividuals?: number;
}

/** The facts of a flow, shared by {@link TransferInput} and data-map flows. */
export interface FlowFacts {
  /** The exporter's GDPR role. */
  readonly exporterRole?: TransferRole;
  /** The importer. */
  readonly recipient?: TransferRecipient;
  /** Safeguards in place. */
  readonly safeguards?: readonly Safeguard[];
  /**
   * Data categories; `credit-information` (Korea), `sensitive` and `important-data` (China)
   * change decisions, others are carried through.
   */
  readonly dataCategories?: readonly string[];
  /** Citizenships of the data subjects, when known (Russia's localisation rule). */
  readonly subjectCitizenship?: readonly Jurisdiction[];
  /** True when data is recorded straight into the destination's database at collection. */
  readonly atCollection?: boolean;
  /** China: outbound volumes this year. */
  readonly volume?: TransferVolume;
  /** China: the exporter is a critical information infrastructure operator. */
  readonly criticalInfrastructure?: boolean;
}

/** Input of {@link assessTransfer}. */
export interface TransferInput extends FlowFacts {
  /** Where the exporter is (its establishment or the system the data leaves). */
  readonly from: TransferLocation;
  /** Where the data goes. */
  readonly to: TransferLocation;
  /** The day to assess (time travel: any past or future date). */
  readonly at: DateInput;
}

/** A validated flow. */
export interface ParsedFlow extends FlowFacts {
  readonly from: string;
  readonly to: string;
}

const ROLES = ['controller', 'processor'] as const;
const FRAMEWORKS: readonly UsFramework[] = [
  'eu-us-dpf',
  'uk-extension',
  'swiss-us-dpf',
  'privacy-shield',
  'swiss-us-privacy-shield',
  'safe-harbour',
];
const DEROGATIONS: readonly Derogation[] = [
  'explicit-consent',
  'contract',
  'contract-in-interest',
  'public-interest',
  'legal-claims',
  'vital-interests',
  'public-register',
  'compelling-legitimate-interests',
];

/** What each mechanism takes besides its name; the rest take nothing. */
const SAFEGUARD_DETAILS: Readonly<Record<string, Checks>> = {
  'scc-2021': { module: oneOf([1, 2, 3, 4]) },
  'scc-2010': { concludedOn: text(isCalendarDate, 'a calendar date YYYY-MM-DD') },
  derogation: { derogation: oneOf(DEROGATIONS), repetitive: optional(bool) },
};
const MECHANISM = oneOf<Safeguard['mechanism']>([
  'scc-2021',
  'scc-2010',
  'derogation',
  'idta',
  'uk-addendum',
  'bcr',
  'code-of-conduct',
  'certification',
  'ru-notification',
  'cn-security-assessment',
  'cn-standard-contract',
  'cn-certification',
]);

/** A safeguard: its mechanism, then only the details that mechanism takes. */
const safeguard: Check<Safeguard> = (value, path) => {
  const mechanism = MECHANISM(objectAt(value, path).mechanism, [...path, 'mechanism']);
  const details = SAFEGUARD_DETAILS[mechanism] ?? {};
  return record<Safeguard>({ mechanism: () => mechanism }, details)(value, path);
};

const ORGANISATION = /^IO:[A-Z][A-Z0-9-]{1,30}$/;

/** True when `value` is a {@link TransferLocation}. */
function isTransferLocation(value: string): boolean {
  return (
    value === 'unknown' ||
    isJurisdiction(value) ||
    isRegionReference(value) ||
    ORGANISATION.test(value)
  );
}

/** A {@link TransferLocation}. */
export const location = text(
  isTransferLocation,
  'an ISO 3166 code, provider:region, IO:<name> or unknown',
);

/** Reads a calendar day from a `DateInput` at a top-level `path` (`['input', 'at']`). */
export const day: Check<CalendarDate> = (value, path) =>
  calendarDateIn(parseInstant(value, path.join('.')));

/** Checks of the {@link FlowFacts}, shared by {@link TransferInput} and map flows. */
export const FLOW_FACTS: Checks = {
  exporterRole: optional(oneOf(ROLES)),
  recipient: optional(
    record({
      role: optional(oneOf(ROLES)),
      dpfCertified: optional(bool),
      frameworks: optional(list(oneOf(FRAMEWORKS), 10)),
      sector: optional(oneOf(['private', 'public'])),
    }),
  ),
  safeguards: optional(list(safeguard, 20)),
  dataCategories: optional(list(text(), 100)),
  subjectCitizenship: optional(list(text(isJurisdiction, 'an ISO 3166 code'), 300)),
  atCollection: optional(bool),
  volume: optional(record({ individuals: optional(count), sensitiveIndividuals: optional(count) })),
  criticalInfrastructure: optional(bool),
};

/** Validates a {@link TransferInput}; returns the flow without unknown keys, and the day. */
export const parseTransferInput = record<ParsedFlow & { readonly at: CalendarDate }>(
  { from: location, to: location, at: day },
  FLOW_FACTS,
);
