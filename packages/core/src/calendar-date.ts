import { invalidInput, requireInteger } from './validate.js';

/**
 * A day in the proleptic Gregorian calendar as an ISO 8601 string `YYYY-MM-DD`, with no time
 * and no zone. Legal periods are counted in whole days, so Pledge's date arithmetic works on
 * these rather than on instants.
 */
export type CalendarDate = string;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const SCOPE = '@pledge/core';
// 0001-01-01 and 9999-12-31 as days since 1970-01-01.
const MIN_EPOCH_DAY = -719162;
const MAX_EPOCH_DAY = 2932896;

/** True for a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  requireInteger(year, 'year', 1, 9999);
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  requireInteger(month, 'month', 1, 12);
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when `value` is a real calendar day written `YYYY-MM-DD` (years 0001–9999). */
export function isCalendarDate(value: unknown): boolean {
  return typeof value === 'string' && !Number.isNaN(epochDayOfText(value));
}

// Parses `YYYY-MM-DD` with char codes (no regex, no allocation): hot paths such as retention
// evaluation parse a date per record. NaN when the text is not a real calendar day.
function epochDayOfText(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45)
    return Number.NaN;
  let year = 0;
  for (let index = 0; index < 4; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    year = year * 10 + digit;
  }
  const m1 = text.charCodeAt(5) - 48;
  const m2 = text.charCodeAt(6) - 48;
  const d1 = text.charCodeAt(8) - 48;
  const d2 = text.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9)
    return Number.NaN;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month))
    return Number.NaN;
  return daysFromCivil(year, month, day);
}

function monthLength(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Checks a calendar date and returns it, or throws a `ValidationError` naming `field`.
 */
export function parseCalendarDate(value: unknown, field = 'date'): CalendarDate {
  if (!isCalendarDate(value)) {
    invalidInput({ scope: SCOPE, field }, 'invalid_date', 'expected a calendar date YYYY-MM-DD');
  }
  return value as CalendarDate;
}

/** Splits a valid calendar date into numbers. */
export function dateParts(date: CalendarDate): { year: number; month: number; day: number } {
  parseCalendarDate(date, 'date');
  return partsOf(date);
}

function partsOf(date: CalendarDate): { year: number; month: number; day: number } {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

/** Formats year, month (1–12) and day as `YYYY-MM-DD`. */
export function formatCalendarDate(year: number, month: number, day: number): CalendarDate {
  requireInteger(year, 'year', 1, 9999);
  requireInteger(day, 'day', 1, daysInMonth(year, month));
  return format(year, month, day);
}

function format(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Days-from-civil and its inverse (H. Hinnant's algorithms): exact integer arithmetic, so no
// time zone or DST can shift a legal date.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

interface Civil {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function civilFromDays(epochDay: number): Civil {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function shiftCivil(epochDay: number, months: number, days: number): number {
  if (months === 0) return epochDay + days;
  const { year, month, day } = civilFromDays(epochDay);
  const total = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = total - targetYear * 12 + 1;
  return (
    daysFromCivil(targetYear, targetMonth, Math.min(day, monthLength(targetYear, targetMonth))) +
    days
  );
}

/** Days since 1970-01-01 (negative before). */
export function toEpochDay(date: CalendarDate): number {
  if (typeof date !== 'string') parseCalendarDate(date, 'date');
  const epochDay = epochDayOfText(date);
  if (Number.isNaN(epochDay)) parseCalendarDate(date, 'date');
  return epochDay;
}

/** The calendar date `epochDay` days after 1970-01-01. */
export function fromEpochDay(epochDay: number): CalendarDate {
  requireInteger(epochDay, 'epochDay', MIN_EPOCH_DAY, MAX_EPOCH_DAY);
  const { year, month, day } = civilFromDays(epochDay);
  return format(year, month, day);
}

/**
 * Days since 1970-01-01 of a date given as numbers: the integer form of {@link toEpochDay} for
 * hot paths that keep dates as numbers (retention evaluation, SQL agreement).
 */
export function epochDayOf(year: number, month: number, day: number): number {
  requireInteger(year, 'year', 1, 9999);
  requireInteger(month, 'month', 1, 12);
  requireInteger(day, 'day', 1, monthLength(year, month));
  return daysFromCivil(year, month, day);
}

/**
 * An epoch day moved by whole months with the month-end rule (31 January + 1 month = 28/29
 * February, Regulation 1182/71 Art. 3(2)(c)), then by days: the same order as
 * {@link addDurationToDate} and PostgreSQL's `date + interval`.
 */
export function shiftEpochDay(epochDay: number, months: number, days: number): number {
  requireInteger(epochDay, 'epochDay', MIN_EPOCH_DAY, MAX_EPOCH_DAY);
  requireInteger(months, 'months', -12 * 9999, 12 * 9999);
  requireInteger(days, 'days', -MAX_EPOCH_DAY * 2, MAX_EPOCH_DAY * 2);
  const shifted = shiftCivil(epochDay, months, days);
  if (shifted < MIN_EPOCH_DAY || shifted > MAX_EPOCH_DAY) {
    invalidInput(
      { scope: SCOPE, field: 'months' },
      'out_of_range',
      'expected a result between years 0001 and 9999',
    );
  }
  return shifted;
}

/** The calendar year an epoch day falls in. */
export function yearOfEpochDay(epochDay: number): number {
  requireInteger(epochDay, 'epochDay', MIN_EPOCH_DAY, MAX_EPOCH_DAY);
  return civilFromDays(epochDay).year;
}

/** `date` moved by `days` (may be negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const target =
    toEpochDay(date) + requireInteger(days, 'days', -MAX_EPOCH_DAY * 2, MAX_EPOCH_DAY * 2);
  if (target < MIN_EPOCH_DAY || target > MAX_EPOCH_DAY) {
    invalidInput(
      { scope: SCOPE, field: 'days' },
      'out_of_range',
      'expected a result between years 0001 and 9999',
    );
  }
  return fromEpochDay(target);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toEpochDay(parseCalendarDate(to, 'to')) - toEpochDay(parseCalendarDate(from, 'from'));
}

/** ISO weekday of `date`: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: CalendarDate): IsoWeekday {
  parseCalendarDate(date, 'date');
  // 1970-01-01 was a Thursday (4).
  const weekday = (((toEpochDay(date) + 3) % 7) + 7) % 7;
  return (weekday + 1) as IsoWeekday;
}

/** Negative, zero or positive as `a` is before, equal to or after `b`. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  parseCalendarDate(a, 'a');
  parseCalendarDate(b, 'b');
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `date` moved by whole months, ending on the same day of the month or, where the target month
 * is shorter, on its last day (31 January + 1 month = 28 or 29 February), as Regulation (EEC,
 * Euratom) No 1182/71 Art. 3(2)(c) prescribes for periods in months.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const start = toEpochDay(parseCalendarDate(date, 'date'));
  requireInteger(months, 'months', -12 * 9999, 12 * 9999);
  const shifted = shiftCivil(start, months, 0);
  if (shifted < MIN_EPOCH_DAY || shifted > MAX_EPOCH_DAY) {
    invalidInput(
      { scope: SCOPE, field: 'months' },
      'out_of_range',
      'expected a result between years 0001 and 9999',
    );
  }
  return fromEpochDay(shifted);
}

/**
 * The last day of the calendar year that contains `date`. German retention periods
 * (HGB §257(5), AO §147(4)) run from the end of the calendar year in which the record arose.
 */
export function endOfCalendarYear(date: CalendarDate): CalendarDate {
  parseCalendarDate(date, 'date');
  return `${date.slice(0, 4)}-12-31`;
}
