import { iso31661, iso31662 } from 'iso-3166';
import type { CalendarDate } from './calendar-date.js';
import type { Citation } from './citation.js';
import { isWithinValidity } from './legal-row.js';
import { BLOC_MEMBERSHIP_ROWS } from './rules/blocs.js';
import { ISO_3166_CODES } from './rules/iso-3166-codes.js';
import { calendarDateIn, type DateInput, parseInstant } from './time-zone.js';
import { invalidInput } from './validate.js';

const SCOPE = '@pledge/core';

/**
 * A place whose law can differ: an ISO 3166-1 alpha-2 country (`DE`) or an ISO 3166-2
 * subdivision (`US-CA`, `CA-QC`, `GB-SCT`). Validated against the codes of the `iso-3166` data
 * package.
 */
export type Jurisdiction = string;

/** A group of countries whose membership is itself dated. */
export type Bloc = 'EU' | 'EEA';

/** Every bloc Pledge knows. */
export const BLOCS = ['EU', 'EEA'] as const;

/** One dated membership of a country in a bloc. */
export interface BlocMembershipRow {
  readonly bloc: Bloc;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  /** First day of membership (inclusive). */
  readonly validFrom: CalendarDate;
  /** Last day of membership (inclusive); absent while a member. */
  readonly validTo?: CalendarDate;
  readonly citation: Citation;
  readonly note?: string;
}

/** What is known about a valid jurisdiction code. */
export interface JurisdictionInfo {
  /** The code as given, e.g. `US-CA`. */
  readonly code: Jurisdiction;
  /** Its ISO 3166-1 alpha-2 country, e.g. `US`. */
  readonly country: string;
  /** The ISO 3166-2 code when the jurisdiction is a subdivision. */
  readonly subdivision?: string;
  /** English short name from ISO 3166. */
  readonly name: string;
  /** Codes from the jurisdiction up to its country, most specific first (`GB-BFS`, `GB-NIR`, `GB`). */
  readonly lineage: readonly Jurisdiction[];
}

// Every code with its parent ('' for a country), decoded on first use from the compact list
// generated from the `iso-3166` package. The engines only validate and climb codes, so they
// never load the package's names; `parseJurisdiction` does, for `name`. Built once from
// immutable data: no observable state.
let parents: ReadonlyMap<string, string> | undefined;

function codeParents(): ReadonlyMap<string, string> {
  if (parents !== undefined) return parents;
  const map = new Map<string, string>();
  for (const group of ISO_3166_CODES.split(';')) {
    if (group === '') continue;
    const [parent = '', list] = group.split(':');
    if (parent.length === 2) map.set(parent, '');
    const country = parent.slice(0, 2);
    for (const item of list?.split(',') ?? []) {
      const run = /^(\d+)-(\d+)$/.exec(item);
      if (run === null) {
        map.set(`${country}-${item}`, parent);
        continue;
      }
      const [, from = '', to = ''] = run;
      for (let number = Number(from); number <= Number(to); number++) {
        map.set(`${country}-${String(number).padStart(from.length, '0')}`, parent);
      }
    }
  }
  parents = map;
  return map;
}

let names: ReadonlyMap<string, string> | undefined;

function nameOf(code: string): string {
  names ??= new Map([
    ...iso31661.map((entry) => [entry.alpha2, entry.name] as const),
    ...iso31662.map((entry) => [entry.code, entry.name] as const),
  ]);
  return names.get(code) ?? code;
}

/** True when `value` is an ISO 3166-1 alpha-2 country code or an ISO 3166-2 subdivision code. */
export function isJurisdiction(value: unknown): value is Jurisdiction {
  return typeof value === 'string' && codeParents().has(value);
}

/**
 * The codes from a jurisdiction up to its country, most specific first (`GB-BFS`, `GB-NIR`,
 * `GB`), or a `ValidationError` naming `field` when `value` is not an ISO 3166-1 alpha-2 or
 * ISO 3166-2 code. What the engines use to find the rows that apply to a place; unlike
 * {@link parseJurisdiction} it does not load the ISO 3166 names.
 *
 * @example
 * ```ts
 * jurisdictionLineage('US-CA'); // ['US-CA', 'US']
 * ```
 */
export function jurisdictionLineage(value: unknown, field = 'jurisdiction'): Jurisdiction[] {
  const known = codeParents();
  if (typeof value !== 'string' || !known.has(value)) {
    return invalidInput(
      { scope: SCOPE, field },
      'unknown_jurisdiction',
      'expected an ISO 3166-1 alpha-2 country code (DE) or an ISO 3166-2 subdivision code (US-CA)',
    );
  }
  const lineage = [value];
  let parent = known.get(value) ?? '';
  while (parent !== '' && !lineage.includes(parent)) {
    lineage.push(parent);
    parent = known.get(parent) ?? '';
  }
  return lineage;
}

/**
 * Looks up a jurisdiction code, or throws a `ValidationError` naming `field` when it is not an
 * ISO 3166-1 alpha-2 or ISO 3166-2 code. Codes are case-sensitive (`DE`, not `de`). It loads
 * the ISO 3166 names for `name`; {@link jurisdictionLineage} does not.
 *
 * @example
 * ```ts
 * parseJurisdiction('US-CA').country; // 'US'
 * ```
 */
export function parseJurisdiction(value: unknown, field = 'jurisdiction'): JurisdictionInfo {
  const lineage = jurisdictionLineage(value, field);
  const code = lineage[0] as string;
  const country = lineage.at(-1) as string;
  return {
    code,
    country,
    ...(code === country ? {} : { subdivision: code }),
    name: nameOf(code),
    lineage,
  };
}

/** Options for the bloc functions. */
export interface BlocOptions {
  /** Replace the bundled membership table (e.g. to test a future enlargement). */
  readonly rows?: readonly BlocMembershipRow[];
}

function membershipRows(options: BlocOptions): readonly BlocMembershipRow[] {
  return options.rows ?? BLOC_MEMBERSHIP_ROWS;
}

/**
 * The membership row that makes the jurisdiction's country a member of `bloc` on `at`, if any.
 * The UK was in the EU until 2020-01-31, so `blocMembership('GB', 'EU', '2020-01-31')` is a row
 * and `blocMembership('GB', 'EU', '2020-02-01')` is undefined.
 */
export function blocMembership(
  jurisdiction: Jurisdiction,
  bloc: Bloc,
  at: DateInput,
  options: BlocOptions = {},
): BlocMembershipRow | undefined {
  const country = jurisdictionLineage(jurisdiction).at(-1);
  if (!BLOCS.includes(bloc)) {
    invalidInput(
      { scope: SCOPE, field: 'bloc' },
      'unknown_bloc',
      `expected one of ${BLOCS.join(' | ')}`,
    );
  }
  const date = calendarDateIn(parseInstant(at, 'at'));
  return membershipRows(options).find(
    (row) => row.bloc === bloc && row.country === country && isWithinValidity(row, date),
  );
}

/** The blocs the jurisdiction's country belongs to on `at`. */
export function blocsOf(
  jurisdiction: Jurisdiction,
  at: DateInput,
  options: BlocOptions = {},
): Bloc[] {
  return BLOCS.filter((bloc) => blocMembership(jurisdiction, bloc, at, options) !== undefined);
}

/** The member countries of `bloc` on `at`, sorted. */
export function blocMembers(bloc: Bloc, at: DateInput, options: BlocOptions = {}): string[] {
  if (!BLOCS.includes(bloc)) {
    invalidInput(
      { scope: SCOPE, field: 'bloc' },
      'unknown_bloc',
      `expected one of ${BLOCS.join(' | ')}`,
    );
  }
  const date = calendarDateIn(parseInstant(at, 'at'));
  return membershipRows(options)
    .filter((row) => row.bloc === bloc && isWithinValidity(row, date))
    .map((row) => row.country)
    .sort();
}
