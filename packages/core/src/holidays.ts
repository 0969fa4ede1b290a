/**
 * `@pledge/core/holidays`: public-holiday calendars from the maintained `date-holidays` data set.
 * Kept apart from the main entry because the data set is large: a bundle that never counts
 * business days does not carry it.
 *
 * @module @pledge/core/holidays
 */
import Holidays from 'date-holidays';
import type { CalendarDate } from './calendar-date.js';
import type { HolidayCalendar, HolidayCalendarOptions } from './holiday-calendar.js';
import { invalidInput } from './validate.js';

const SCOPE = '@pledge/core';
const DEFAULT_WEEKEND = [6, 7] as const;

/**
 * A holiday calendar for a country (`DE`) or a subdivision (`US-CA`, `DE-BY`, `GB-SCT`) from the
 * maintained `date-holidays` data set. A subdivision without its own data falls back to its
 * country's nationwide holidays; the calendar's `jurisdiction` says which one was used. A
 * country without data is an error, never a silent weekends-only calendar: supply one with
 * {@link @pledge/core!createFixedHolidayCalendar} instead.
 *
 * @example
 * ```ts
 * const de = createHolidayCalendar('DE');
 * de.isHoliday('2026-10-03'); // true (Tag der Deutschen Einheit)
 * ```
 */
export function createHolidayCalendar(
  jurisdiction: string,
  options: HolidayCalendarOptions = {},
): HolidayCalendar {
  if (typeof jurisdiction !== 'string' || !/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(jurisdiction)) {
    return invalidInput(
      { scope: SCOPE, field: 'jurisdiction' },
      'invalid_jurisdiction',
      'expected an ISO 3166-1 alpha-2 or ISO 3166-2 code',
    );
  }
  const [country = '', subdivision] = jurisdiction.split('-');
  const probe = new Holidays();
  const countries = probe.getCountries() as Record<string, string> | undefined;
  if (!countries || !(country in countries)) {
    return invalidInput(
      { scope: SCOPE, field: 'jurisdiction' },
      'no_holiday_data',
      'no holiday data for this country; supply a calendar with createFixedHolidayCalendar',
    );
  }
  const states = (probe.getStates(country) as Record<string, string> | undefined) ?? {};
  const useSubdivision = subdivision !== undefined && subdivision in states;
  const source = useSubdivision ? new Holidays(country, subdivision) : new Holidays(country);
  const types = new Set<string>(options.types ?? ['public']);
  const byYear = new Map<number, Set<CalendarDate>>();

  function holidaysOf(year: number): Set<CalendarDate> {
    let dates = byYear.get(year);
    if (!dates) {
      dates = new Set(
        (source.getHolidays(year) ?? [])
          .filter((holiday) => types.has(holiday.type))
          .map((holiday) => holiday.date.slice(0, 10)),
      );
      byYear.set(year, dates);
    }
    return dates;
  }

  return {
    jurisdiction: useSubdivision ? jurisdiction : country,
    weekend: options.weekend ?? DEFAULT_WEEKEND,
    isHoliday(date) {
      return holidaysOf(Number(date.slice(0, 4))).has(date);
    },
  };
}

export type { HolidayCalendar, HolidayCalendarOptions } from './holiday-calendar.js';
