import Holidays from 'date-holidays';
import { type CalendarDate, type IsoWeekday, isCalendarDate, isoWeekday } from './calendar-date.js';
import { invalidInput } from './validate.js';

const SCOPE = '@pledge/core';

/**
 * Which days are not working days in a jurisdiction. Regulation 1182/71 Art. 3(4) and the
 * "business day" of US state rules both depend on it.
 */
export interface HolidayCalendar {
  /** The jurisdiction whose holidays this calendar holds, e.g. `DE`, `US-CA`. */
  readonly jurisdiction: string;
  /** ISO weekdays that are never working days (default Saturday and Sunday). */
  readonly weekend: readonly IsoWeekday[];
  /** True when `date` is a public holiday (weekends aside). */
  isHoliday(date: CalendarDate): boolean;
}

/** Options for {@link createHolidayCalendar}. */
export interface HolidayCalendarOptions {
  /** Override the weekend (ISO weekdays). Default `[6, 7]`. */
  readonly weekend?: readonly IsoWeekday[];
  /**
   * Which kinds of date-holidays entries count as non-working days. Default `['public']`;
   * `bank` adds bank-only closures such as Christmas Eve in Germany.
   */
  readonly types?: readonly ('public' | 'bank')[];
}

const DEFAULT_WEEKEND: readonly IsoWeekday[] = [6, 7];

/**
 * A holiday calendar for a country (`DE`) or a subdivision (`US-CA`, `DE-BY`, `GB-SCT`) from the
 * maintained `date-holidays` data set. A subdivision without its own data falls back to its
 * country's nationwide holidays; the calendar's `jurisdiction` says which one was used. A
 * country without data is an error, never a silent weekends-only calendar: supply one with
 * {@link createFixedHolidayCalendar} instead.
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

/**
 * A holiday calendar from an explicit list of dates: for jurisdictions without data, for a
 * host's own closures, or for tests.
 */
export function createFixedHolidayCalendar(
  jurisdiction: string,
  holidays: readonly CalendarDate[],
  options: Pick<HolidayCalendarOptions, 'weekend'> = {},
): HolidayCalendar {
  if (typeof jurisdiction !== 'string' || jurisdiction.length === 0 || jurisdiction.length > 10) {
    invalidInput(
      { scope: SCOPE, field: 'jurisdiction' },
      'invalid_jurisdiction',
      'expected a jurisdiction code',
    );
  }
  if (!Array.isArray(holidays)) {
    invalidInput(
      { scope: SCOPE, field: 'holidays' },
      'invalid_type',
      'expected an array of calendar dates',
    );
  }
  holidays.forEach((date, index) => {
    if (!isCalendarDate(date)) {
      invalidInput(
        { scope: SCOPE, field: 'holidays' },
        'invalid_date',
        'expected a calendar date YYYY-MM-DD',
        [index],
      );
    }
  });
  const dates = new Set(holidays);
  return {
    jurisdiction,
    weekend: options.weekend ?? DEFAULT_WEEKEND,
    isHoliday: (date) => dates.has(date),
  };
}

/** True when `date` is neither a weekend day nor a holiday in `calendar`. */
export function isWorkingDay(date: CalendarDate, calendar: HolidayCalendar): boolean {
  if (typeof calendar?.isHoliday !== 'function' || !Array.isArray(calendar.weekend)) {
    invalidInput(
      { scope: SCOPE, field: 'calendar' },
      'invalid_calendar',
      'expected a HolidayCalendar',
    );
  }
  return !calendar.weekend.includes(isoWeekday(date)) && !calendar.isHoliday(date);
}
