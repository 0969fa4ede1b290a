import { iso31661, iso31662 } from 'iso-3166';
import type { CalendarDate } from './calendar-date.js';
import type { Citation } from './citation.js';
import { isWithinValidity } from './legal-row.js';
import { BLOC_MEMBERSHIP_ROWS } from './rules/blocs.js';
import { calendarDateIn, type DateInput, parseInstant } from './time-zone.js';
import { invalidInput } from './validate.js';

const SCOPE = '@pledge/core';

/**
 * A place whose law can differ: an ISO 3166-1 alpha-2 country (`DE`) or an ISO 3166-2
 * subdivision (`US-CA`, `CA-QC`, `GB-SCT`). Validated against the `iso-3166` data package.
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

// Lookups built on first use rather than at import, so a bundle that never validates a
// jurisdiction leaves the ISO 3166 data out. Built once from immutable data: no observable state.
let lookups:
  | {
      readonly countries: ReadonlyMap<string, string>;
      readonly subdivisions: ReadonlyMap<
        string,
        { readonly name: string; readonly parent: string }
      >;
    }
  | undefined;

function iso3166() {
  lookups ??= {
    countries: new Map(iso31661.map((entry) => [entry.alpha2, entry.name])),
    subdivisions: new Map(
      iso31662.map((entry) => [entry.code, { name: entry.name, parent: entry.parent }]),
    ),
  };
  return lookups;
}

/** True when `value` is an ISO 3166-1 alpha-2 country code or an ISO 3166-2 subdivision code. */
export function isJurisdiction(value: unknown): value is Jurisdiction {
  if (typeof value !== 'string') return false;
  const { countries, subdivisions } = iso3166();
  return countries.has(value) || subdivisions.has(value);
}

/**
 * Looks up a jurisdiction code, or throws a `ValidationError` naming `field` when it is not an
 * ISO 3166-1 alpha-2 or ISO 3166-2 code. Codes are case-sensitive (`DE`, not `de`).
 *
 * @example
 * ```ts
 * parseJurisdiction('US-CA').country; // 'US'
 * ```
 */
export function parseJurisdiction(value: unknown, field = 'jurisdiction'): JurisdictionInfo {
  if (typeof value === 'string') {
    const { countries, subdivisions } = iso3166();
    const countryName = countries.get(value);
    if (countryName !== undefined) {
      return { code: value, country: value, name: countryName, lineage: [value] };
    }
    const subdivision = subdivisions.get(value);
    if (subdivision !== undefined) {
      const lineage: string[] = [value];
      let parent = subdivision.parent;
      while (subdivisions.has(parent) && !lineage.includes(parent)) {
        lineage.push(parent);
        parent = subdivisions.get(parent)?.parent ?? '';
      }
      const country = value.slice(0, 2);
      lineage.push(country);
      return { code: value, country, subdivision: value, name: subdivision.name, lineage };
    }
  }
  return invalidInput(
    { scope: SCOPE, field },
    'unknown_jurisdiction',
    'expected an ISO 3166-1 alpha-2 country code (DE) or an ISO 3166-2 subdivision code (US-CA)',
  );
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
  const { country } = parseJurisdiction(jurisdiction);
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
