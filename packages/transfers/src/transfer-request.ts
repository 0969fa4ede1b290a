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
  enumAt,
  fail,
  objectAt,
  optionalBooleanAt,
  optionalCountAt,
  optionalListAt,
  type Path,
  stringAt,
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
const PLAIN: readonly PlainSafeguard[] = [
  'idta',
  'uk-addendum',
  'bcr',
  'code-of-conduct',
  'certification',
  'ru-notification',
  'cn-security-assessment',
  'cn-standard-contract',
  'cn-certification',
];
const MECHANISMS: readonly Safeguard['mechanism'][] = [
  'scc-2021',
  'scc-2010',
  'derogation',
  ...PLAIN,
];

const ORGANISATION = /^IO:[A-Z][A-Z0-9-]{1,30}$/;

/** What a location must look like, for error messages. */
export const LOCATION_EXPECTED = 'an ISO 3166 code, provider:region, IO:<name> or unknown';

/** True when `value` is a {@link TransferLocation}. */
export function isTransferLocation(value: string): boolean {
  return (
    value === 'unknown' ||
    isJurisdiction(value) ||
    isRegionReference(value) ||
    ORGANISATION.test(value)
  );
}

/** Reads a calendar day from a `DateInput`, naming `field` on error. */
export function dayOf(at: unknown, field: string): CalendarDate {
  return calendarDateIn(parseInstant(at, field));
}

function safeguardAt(value: unknown, field: string, path: Path): Safeguard {
  const raw = objectAt(
    value,
    ['mechanism', 'module', 'concludedOn', 'derogation', 'repetitive'],
    field,
    path,
  );
  const mechanism = enumAt(raw.mechanism, MECHANISMS, field, [...path, 'mechanism']);
  const only = (keys: readonly string[]) => objectAt(raw, ['mechanism', ...keys], field, path);
  if (mechanism === 'scc-2021') {
    only(['module']);
    return {
      mechanism,
      module: enumAt(raw.module, [1, 2, 3, 4] as const, field, [...path, 'module']),
    };
  }
  if (mechanism === 'scc-2010') {
    only(['concludedOn']);
    const concludedOn = stringAt(
      raw.concludedOn,
      field,
      [...path, 'concludedOn'],
      isCalendarDate,
      'a calendar date YYYY-MM-DD',
    );
    return { mechanism, concludedOn };
  }
  if (mechanism === 'derogation') {
    only(['derogation', 'repetitive']);
    const derogation = enumAt(raw.derogation, DEROGATIONS, field, [...path, 'derogation']);
    const repetitive = optionalBooleanAt(raw.repetitive, field, [...path, 'repetitive']);
    return { mechanism, derogation, ...(repetitive === undefined ? {} : { repetitive }) };
  }
  only([]);
  return { mechanism };
}

/** Validates the facts of a flow at `path` and returns a copy without unknown keys. */
export function parseFlow(
  value: unknown,
  field: string,
  path: Path,
  locations: boolean,
): ParsedFlow {
  const keys = [
    'exporterRole',
    'recipient',
    'safeguards',
    'dataCategories',
    'subjectCitizenship',
    'atCollection',
    'volume',
    'criticalInfrastructure',
  ];
  const raw = objectAt(
    value,
    locations ? ['from', 'to', 'at', ...keys] : ['id', 'from', 'to', ...keys],
    field,
    path,
  );
  const at = (key: string): Path => [...path, key];
  const location = (key: string) =>
    stringAt(
      raw[key],
      field,
      at(key),
      locations ? isTransferLocation : () => true,
      locations ? LOCATION_EXPECTED : 'a system id',
    );
  const flow: Record<string, unknown> = { from: location('from'), to: location('to') };
  if (raw.exporterRole !== undefined)
    flow.exporterRole = enumAt(raw.exporterRole, ROLES, field, at('exporterRole'));
  if (raw.recipient !== undefined) {
    const recipient = objectAt(
      raw.recipient,
      ['role', 'dpfCertified', 'frameworks', 'sector'],
      field,
      at('recipient'),
    );
    const out: Record<string, unknown> = {};
    const where = (key: string): Path => [...at('recipient'), key];
    if (recipient.role !== undefined)
      out.role = enumAt(recipient.role, ROLES, field, where('role'));
    const dpf = optionalBooleanAt(recipient.dpfCertified, field, where('dpfCertified'));
    if (dpf !== undefined) out.dpfCertified = dpf;
    const frameworks = optionalListAt(
      recipient.frameworks,
      field,
      where('frameworks'),
      (entry, p) => enumAt(entry, FRAMEWORKS, field, p),
      10,
    );
    if (frameworks !== undefined) out.frameworks = frameworks;
    if (recipient.sector !== undefined)
      out.sector = enumAt(recipient.sector, ['private', 'public'], field, where('sector'));
    flow.recipient = out;
  }
  const safeguards = optionalListAt(
    raw.safeguards,
    field,
    at('safeguards'),
    (entry, p) => safeguardAt(entry, field, p),
    20,
  );
  if (safeguards !== undefined) flow.safeguards = safeguards;
  const categories = optionalListAt(
    raw.dataCategories,
    field,
    at('dataCategories'),
    (entry, p) => stringAt(entry, field, p),
    100,
  );
  if (categories !== undefined) flow.dataCategories = categories;
  const citizenship = optionalListAt(
    raw.subjectCitizenship,
    field,
    at('subjectCitizenship'),
    (entry, p) => stringAt(entry, field, p, isJurisdiction, 'an ISO 3166 code'),
    300,
  );
  if (citizenship !== undefined) flow.subjectCitizenship = citizenship;
  const atCollection = optionalBooleanAt(raw.atCollection, field, at('atCollection'));
  if (atCollection !== undefined) flow.atCollection = atCollection;
  if (raw.volume !== undefined) {
    const volume = objectAt(
      raw.volume,
      ['individuals', 'sensitiveIndividuals'],
      field,
      at('volume'),
    );
    const out: Record<string, number> = {};
    const individuals = optionalCountAt(volume.individuals, field, [
      ...at('volume'),
      'individuals',
    ]);
    const sensitive = optionalCountAt(volume.sensitiveIndividuals, field, [
      ...at('volume'),
      'sensitiveIndividuals',
    ]);
    if (individuals !== undefined) out.individuals = individuals;
    if (sensitive !== undefined) out.sensitiveIndividuals = sensitive;
    flow.volume = out;
  }
  const ciio = optionalBooleanAt(raw.criticalInfrastructure, field, at('criticalInfrastructure'));
  if (ciio !== undefined) flow.criticalInfrastructure = ciio;
  return flow as unknown as ParsedFlow;
}

/** Throws unless `value` is an object; used before reading `at`. */
export function requireObject(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(field, [], 'invalid_type', 'expected an object');
  }
  return value as Record<string, unknown>;
}
