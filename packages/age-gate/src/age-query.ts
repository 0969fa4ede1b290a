import {
  type CalendarDate,
  type Citation,
  calendarDateIn,
  type DateInput,
  invalidInput,
  isCalendarDate,
  isTimeZone,
  PledgeError,
  parseCitation,
  parseInstant,
  requireInteger,
  requireOneOf,
  requireRecord,
} from '@pledge/core';
import type { LeapDayConvention } from './birthday.js';
import { PURPOSES, type Purpose, SERVICE_TYPES, type ServiceType } from './vocabulary.js';

export const SCOPE = '@pledge/age-gate';

/**
 * An age range the platform knows without a birth date (e.g. an OS or app-store age signal
 * of 13–15 or 16–17). Both ends are inclusive completed years; leave `max` out for "and
 * older".
 */
export interface AgeBand {
  /** Youngest age in the band. */
  readonly min: number;
  /** Oldest age in the band (inclusive); absent for an open band such as 18+. */
  readonly max?: number;
}

/** The service asking. */
export interface ServiceDescription {
  /** Its kind; `social-media` makes the social-media rows apply. */
  readonly type: ServiceType;
}

/**
 * The company's own rules, layered on the law. A policy may only be stricter: a minimum age
 * below the legal threshold changes nothing.
 */
export interface CompanyPolicy {
  /** Nobody younger is accepted (Workpex 16, Planfix 13). */
  readonly minimumAge?: number;
  /**
   * The age from which the company lets a person consent alone where the law sets no fixed
   * age (Switzerland assesses capacity of judgement case by case). Without it such a
   * jurisdiction gives `unknown`.
   */
  readonly selfConsentAge?: number;
  /** Where the policy says so (e.g. the privacy policy section); shown in reasons. */
  readonly citation?: Citation;
}

/** What {@link checkAge} is asked. Give exactly one of `age`, `birthDate` and `ageBand`. */
export interface AgeQuery {
  /** Where the person is: ISO 3166-1 alpha-2 (`DE`) or ISO 3166-2 (`US-CA`, `CA-QC`). */
  readonly jurisdiction: string;
  /** The instant to decide for; the calendar date is taken in `timeZone`. */
  readonly at: DateInput;
  /** Age in completed years. */
  readonly age?: number;
  /** Date of birth `YYYY-MM-DD`; used for the decision and never returned. */
  readonly birthDate?: CalendarDate;
  /** An age range, when only a band is known. */
  readonly ageBand?: AgeBand;
  /** What the data is for (default `information-society-service`). */
  readonly purpose?: Purpose;
  /** The service asking (default `{ type: 'general' }`). */
  readonly service?: ServiceDescription;
  /** The company's stricter rules. */
  readonly policy?: CompanyPolicy;
  /** IANA zone in which the person's birthday turns (default `UTC`). */
  readonly timeZone?: string;
  /** How a 29 February birthday counts in common years (default `march-1`). */
  readonly leapDay?: LeapDayConvention;
}

/** A checked query, as the engine uses it. */
export interface ReadQuery {
  readonly jurisdiction: string;
  readonly date: CalendarDate;
  readonly age?: number;
  readonly birthDate?: CalendarDate;
  readonly band?: { readonly min: number; readonly max: number };
  readonly purpose: Purpose;
  readonly service: ServiceType;
  readonly policy: CompanyPolicy;
  readonly leapDay: LeapDayConvention;
}

const MAX_AGE = 150;
const JURISDICTION = /^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/;
const QUERY_KEYS = [
  'jurisdiction',
  'at',
  'age',
  'birthDate',
  'ageBand',
  'purpose',
  'service',
  'policy',
  'timeZone',
  'leapDay',
];

function fail(field: string, code: string, message: string): never {
  return invalidInput({ scope: SCOPE, field }, code, message);
}

// An object with only our keys; an unknown key is not named (it can itself be personal data).
const record = (value: unknown, field: string, keys: readonly string[]) =>
  requireRecord(value, field, keys, SCOPE);

const wholeAge = (value: unknown, field: string, min = 0): number =>
  requireInteger(value, field, min, MAX_AGE, SCOPE);

const oneOf = <T extends string>(value: unknown, allowed: readonly T[], field: string): T =>
  requireOneOf(value, allowed, field, SCOPE);

/** Reads an instant with this package's scope in the error. */
export function readDate(value: unknown, field: string, timeZone = 'UTC'): CalendarDate {
  try {
    return calendarDateIn(parseInstant(value, field), timeZone);
  } catch (error) {
    if (PledgeError.isInstance(error)) {
      fail(
        field,
        'invalid_date',
        'expected a Date, an ISO 8601 date-time with an offset, or YYYY-MM-DD',
      );
    }
    throw error;
  }
}

/** Checks a jurisdiction code's shape; whether the table knows it is a decision, not an error. */
export function readJurisdiction(value: unknown, field: string): string {
  if (typeof value !== 'string' || !JURISDICTION.test(value)) {
    fail(
      field,
      'invalid_jurisdiction',
      'expected an ISO 3166-1 alpha-2 (DE) or ISO 3166-2 code (US-CA)',
    );
  }
  return value;
}

function readPolicy(value: unknown, field: string): CompanyPolicy {
  if (value === undefined) return {};
  const policy = record(value, field, ['minimumAge', 'selfConsentAge', 'citation']);
  const out: { minimumAge?: number; selfConsentAge?: number; citation?: Citation } = {};
  if (policy.minimumAge !== undefined)
    out.minimumAge = wholeAge(policy.minimumAge, `${field}.minimumAge`);
  if (policy.selfConsentAge !== undefined) {
    out.selfConsentAge = wholeAge(policy.selfConsentAge, `${field}.selfConsentAge`);
  }
  if (policy.citation !== undefined) {
    out.citation = parseCitation(policy.citation, `${field}.citation`);
  }
  return out;
}

/**
 * Checks an {@link AgeQuery} at the entry of a public function, naming the field under
 * `field` (`query.birthDate`) and never the value. Throws a `ValidationError`.
 */
export function readAgeQuery(
  input: unknown,
  field: string,
  extraKeys: readonly string[] = [],
): ReadQuery {
  const query = record(input, field, [...QUERY_KEYS, ...extraKeys]);
  const jurisdiction = readJurisdiction(query.jurisdiction, `${field}.jurisdiction`);
  let timeZone = 'UTC';
  if (query.timeZone !== undefined) {
    if (!isTimeZone(query.timeZone))
      fail(`${field}.timeZone`, 'invalid_time_zone', 'expected an IANA time zone');
    timeZone = query.timeZone;
  }
  const date = readDate(query.at, `${field}.at`, timeZone);
  const given = ['age', 'birthDate', 'ageBand'].filter((key) => query[key] !== undefined);
  if (given.length !== 1) {
    fail(field, 'invalid_union', 'expected exactly one of age, birthDate or ageBand');
  }
  const out: {
    jurisdiction: string;
    date: CalendarDate;
    age?: number;
    birthDate?: CalendarDate;
    band?: { min: number; max: number };
    purpose: Purpose;
    service: ServiceType;
    policy: CompanyPolicy;
    leapDay: LeapDayConvention;
  } = {
    jurisdiction,
    date,
    purpose:
      query.purpose === undefined
        ? 'information-society-service'
        : oneOf(query.purpose, PURPOSES, `${field}.purpose`),
    service:
      query.service === undefined
        ? 'general'
        : oneOf(
            record(query.service, `${field}.service`, ['type']).type,
            SERVICE_TYPES,
            `${field}.service.type`,
          ),
    policy: readPolicy(query.policy, `${field}.policy`),
    leapDay:
      query.leapDay === undefined
        ? 'march-1'
        : oneOf(query.leapDay, ['march-1', 'february-28'], `${field}.leapDay`),
  };
  if (query.age !== undefined) out.age = wholeAge(query.age, `${field}.age`);
  if (query.birthDate !== undefined) {
    const birthDate = query.birthDate;
    if (!isCalendarDate(birthDate))
      fail(`${field}.birthDate`, 'invalid_date', 'expected a calendar date YYYY-MM-DD');
    if ((birthDate as string) > date)
      fail(`${field}.birthDate`, 'too_big', 'expected a date not after at');
    out.birthDate = birthDate as CalendarDate;
  }
  if (query.ageBand !== undefined) {
    const band = record(query.ageBand, `${field}.ageBand`, ['min', 'max']);
    const min = wholeAge(band.min, `${field}.ageBand.min`);
    const max = band.max === undefined ? MAX_AGE : wholeAge(band.max, `${field}.ageBand.max`, min);
    out.band = { min, max };
  }
  return out;
}
