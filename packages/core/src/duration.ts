import { addDays, addMonths, type CalendarDate, parseCalendarDate } from './calendar-date.js';
import {
  calendarDateIn,
  type DateInput,
  millisecondOfDayIn,
  parseInstant,
  parseTimeZone,
  zonedInstant,
} from './time-zone.js';
import { invalidInput } from './validate.js';

const SCOPE = '@pledge/core';

/**
 * An ISO 8601 duration broken into its components. Calendar components (years, months, weeks,
 * days) move the wall-clock date; time components (hours, minutes, seconds) are exact elapsed
 * time.
 */
export interface IsoDuration {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

// PnYnMnWnDTnHnMnS with non-negative integer components; fractional seconds to milliseconds.
const DURATION_PATTERN =
  /^P(?!$)(?:(\d{1,6})Y)?(?:(\d{1,6})M)?(?:(\d{1,6})W)?(?:(\d{1,7})D)?(?:T(?=\d)(?:(\d{1,8})H)?(?:(\d{1,9})M)?(?:(\d{1,10}(?:\.\d{1,3})?)S)?)?$/;

/** True when `value` is an ISO 8601 duration Pledge accepts (e.g. `P14D`, `P1M`, `PT72H`). */
export function isDuration(value: unknown): value is string {
  return typeof value === 'string' && DURATION_PATTERN.test(value);
}

/**
 * Parses an ISO 8601 duration such as `P14D`, `P1M`, `P180D`, `P7Y` or `PT72H`. Components are
 * non-negative integers (seconds may carry up to three decimals); `P` alone, `PT`, negative or
 * fractional calendar components are rejected with a `ValidationError` naming `field`.
 *
 * @example
 * ```ts
 * parseDuration('P1Y6M').months; // 6
 * ```
 */
export function parseDuration(value: unknown, field = 'duration'): IsoDuration {
  const match = typeof value === 'string' ? DURATION_PATTERN.exec(value) : null;
  if (!match) {
    return invalidInput(
      { scope: SCOPE, field },
      'invalid_duration',
      'expected an ISO 8601 duration such as P14D, P1M, P7Y or PT72H',
    );
  }
  const component = (index: number) => Number(match[index] ?? 0);
  return {
    years: component(1),
    months: component(2),
    weeks: component(3),
    days: component(4),
    hours: component(5),
    minutes: component(6),
    seconds: component(7),
  };
}

/** Writes a duration back as ISO 8601 (`P0D` for an empty one). */
export function formatDuration(duration: IsoDuration): string {
  checkComponents(duration, 'duration');
  const date = [
    duration.years ? `${duration.years}Y` : '',
    duration.months ? `${duration.months}M` : '',
    duration.weeks ? `${duration.weeks}W` : '',
    duration.days ? `${duration.days}D` : '',
  ].join('');
  const time = [
    duration.hours ? `${duration.hours}H` : '',
    duration.minutes ? `${duration.minutes}M` : '',
    duration.seconds ? `${duration.seconds}S` : '',
  ].join('');
  if (!date && !time) return 'P0D';
  return `P${date}${time ? `T${time}` : ''}`;
}

function toDuration(duration: string | IsoDuration, field: string): IsoDuration {
  if (typeof duration === 'string') return parseDuration(duration, field);
  return parseDuration(formatDurationChecked(duration, field), field);
}

function formatDurationChecked(duration: IsoDuration, field: string): string {
  checkComponents(duration, field);
  return formatDuration(duration);
}

function checkComponents(duration: IsoDuration, field: string): void {
  if (typeof duration !== 'object' || duration === null) {
    invalidInput({ scope: SCOPE, field }, 'invalid_duration', 'expected an ISO 8601 duration');
  }
  const keys = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'] as const;
  for (const key of keys) {
    const value: unknown = (duration as unknown as Record<string, unknown>)?.[key];
    const ok =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      value >= 0 &&
      (key === 'seconds' ? Math.round(value * 1000) === value * 1000 : Number.isInteger(value));
    if (!ok) {
      invalidInput(
        { scope: SCOPE, field },
        'invalid_duration',
        'expected a non-negative whole number',
        [key],
      );
    }
  }
}

function hasTime(duration: IsoDuration): boolean {
  return duration.hours > 0 || duration.minutes > 0 || duration.seconds > 0;
}

function shiftDate(date: CalendarDate, duration: IsoDuration): CalendarDate {
  // Years and months first with the month-end rule, then weeks and days (ISO 8601 / Temporal).
  const monthsMoved = addMonths(date, duration.years * 12 + duration.months);
  return addDays(monthsMoved, duration.weeks * 7 + duration.days);
}

/**
 * Adds a duration to a calendar date: years and months with the month-end rule of Regulation
 * 1182/71 Art. 3(2)(c) (31 January + `P1M` = 28/29 February), then weeks and days. Durations
 * with time components are rejected: 72 hours is not three calendar days, so add those to an
 * instant with {@link addDuration}.
 */
export function addDurationToDate(
  date: CalendarDate,
  duration: string | IsoDuration,
): CalendarDate {
  const start = parseCalendarDate(date, 'date');
  const parsed = toDuration(duration, 'duration');
  if (hasTime(parsed)) {
    invalidInput(
      { scope: SCOPE, field: 'duration' },
      'invalid_duration',
      'expected whole days, weeks, months or years to add to a calendar date',
    );
  }
  return shiftDate(start, parsed);
}

/** Options for {@link addDuration}. */
export interface AddDurationOptions {
  /** IANA zone whose wall clock the calendar components move (default `UTC`). */
  readonly timeZone?: string;
}

/**
 * Adds an ISO 8601 duration to an instant. Calendar components move the wall-clock date in
 * `timeZone` and keep the local time (so `P1D` across a DST change is 23 or 25 hours); time
 * components then add exact elapsed time. Monotone (a later start never gives an earlier result)
 * in UTC and in any zone outside the repeated hour of a fall-back DST change, where wall time
 * itself runs backwards.
 *
 * @example
 * ```ts
 * addDuration(new Date('2026-01-31T12:00:00Z'), 'P1M').toISOString(); // '2026-02-28T12:00:00.000Z'
 * ```
 */
export function addDuration(
  at: DateInput,
  duration: string | IsoDuration,
  options: AddDurationOptions = {},
): Date {
  const instant = parseInstant(at, 'at');
  const parsed = toDuration(duration, 'duration');
  const timeZone = parseTimeZone(options.timeZone ?? 'UTC', 'options.timeZone');
  let result = instant;
  if (parsed.years || parsed.months || parsed.weeks || parsed.days) {
    const date = shiftDate(calendarDateIn(instant, timeZone), parsed);
    result = zonedInstant(date, millisecondOfDayIn(instant, timeZone), timeZone);
  }
  const elapsed = ((parsed.hours * 60 + parsed.minutes) * 60 + parsed.seconds) * 1000;
  return new Date(result.getTime() + Math.round(elapsed));
}
