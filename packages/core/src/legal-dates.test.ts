import { describe, expect, it } from 'vitest';
import { addBusinessDays, businessDaysBetween, rollForwardToWorkingDay } from './business-days.js';
import { addMonths, endOfCalendarYear, isoWeekday } from './calendar-date.js';
import { addDuration, addDurationToDate } from './duration.js';
import { createHolidayCalendar } from './holidays.js';
import { legalPeriodEnd } from './legal-period.js';
import { endOfDay } from './time-zone.js';

const DE = createHolidayCalendar('DE');
const GB = createHolidayCalendar('GB-ENG');
const US = createHolidayCalendar('US');
const US_CA = createHolidayCalendar('US-CA');
const FR = createHolidayCalendar('FR');

// Each row: a named case, what is computed, and the legal answer.
const calendarCases: [name: string, from: string, duration: string, expected: string][] = [
  [
    '31 Jan + 1 month ends on the last day of February (common year)',
    '2026-01-31',
    'P1M',
    '2026-02-28',
  ],
  ['31 Jan + 1 month ends on 29 February in a leap year', '2028-01-31', 'P1M', '2028-02-29'],
  ['30 Jan + 1 month in a leap year', '2024-01-30', 'P1M', '2024-02-29'],
  ['31 Mar + 1 month has no 31 April', '2026-03-31', 'P1M', '2026-04-30'],
  ['31 May + 1 month has no 31 June', '2026-05-31', 'P1M', '2026-06-30'],
  ['31 Aug + 1 month has no 31 September', '2026-08-31', 'P1M', '2026-09-30'],
  ['15 Jan + 1 month keeps the date', '2026-01-15', 'P1M', '2026-02-15'],
  ['31 Dec + 1 month crosses the year', '2026-12-31', 'P1M', '2027-01-31'],
  ['30 Nov + 3 months lands on the end of February', '2026-11-30', 'P3M', '2027-02-28'],
  ['29 Feb (leap) + 1 year ends on 28 February', '2024-02-29', 'P1Y', '2025-02-28'],
  ['29 Feb (leap) + 4 years is 29 February again', '2024-02-29', 'P4Y', '2028-02-29'],
  ['1 Mar + 14 days (server logs)', '2026-03-01', 'P14D', '2026-03-15'],
  ['180 days across a year end (backup copy)', '2026-09-01', 'P180D', '2027-02-28'],
  ['7 years from an end-of-year anchor', '2026-12-31', 'P7Y', '2033-12-31'],
  ['2 weeks', '2026-02-20', 'P2W', '2026-03-06'],
  ['1 year 1 month 1 day applies months first', '2026-01-31', 'P1Y1M1D', '2027-03-01'],
  ['13 months (CNIL cookie lifetime)', '2026-01-31', 'P13M', '2027-02-28'],
  ['45 days (CCPA response)', '2026-03-06', 'P45D', '2026-04-20'],
];

describe('calendar arithmetic (Regulation 1182/71 Art. 3(2))', () => {
  it.each(calendarCases)('%s', (_name, from, duration, expected) => {
    expect(addDurationToDate(from, duration)).toBe(expected);
  });

  it('addMonths goes backwards with the same month-end rule', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
  });

  it('end-of-year anchors run German retention periods from 31 December', () => {
    expect(endOfCalendarYear('2026-03-14')).toBe('2026-12-31');
    expect(addDurationToDate(endOfCalendarYear('2016-05-02'), 'P10Y')).toBe('2026-12-31');
  });
});

const periodCases: [
  name: string,
  from: string,
  duration: string,
  calendar: typeof DE,
  expected: string,
][] = [
  [
    'GDPR: received 15 Jan 2026, one month ends Sunday 15 Feb → Monday 16 Feb (DE)',
    '2026-01-15',
    'P1M',
    DE,
    '2026-02-16',
  ],
  [
    'GDPR: received 31 Mar 2026 → 30 Apr 2026, a Thursday (DE)',
    '2026-03-31',
    'P1M',
    DE,
    '2026-04-30',
  ],
  [
    'DE: end on Good Friday 3 Apr 2026 rolls past Easter Monday to Tue 7 Apr',
    '2026-03-03',
    'P1M',
    DE,
    '2026-04-07',
  ],
  [
    'DE: end on Tag der Deutschen Einheit (Sat 3 Oct 2026) → Mon 5 Oct',
    '2026-09-03',
    'P1M',
    DE,
    '2026-10-05',
  ],
  [
    'DE: end on Christmas Day (Fri 25 Dec 2026) → Mon 28 Dec',
    '2026-11-25',
    'P1M',
    DE,
    '2026-12-28',
  ],
  [
    'GB: end on the Early May bank holiday (4 May 2026) → Tue 5 May',
    '2026-04-04',
    'P1M',
    GB,
    '2026-05-05',
  ],
  [
    'GB: end on Boxing Day (Sat 26 Dec 2026) skips the substitute day → Tue 29 Dec',
    '2026-11-26',
    'P1M',
    GB,
    '2026-12-29',
  ],
  [
    'FR: end on Fête nationale (Tue 14 Jul 2026) → Wed 15 Jul',
    '2026-06-14',
    'P1M',
    FR,
    '2026-07-15',
  ],
  ['FR: end on Ascension (Thu 14 May 2026) → Fri 15 May', '2026-04-14', 'P1M', FR, '2026-05-15'],
  [
    'US: 30 days ending on Thanksgiving (26 Nov 2026) → Fri 27 Nov',
    '2026-10-27',
    'P30D',
    US,
    '2026-11-27',
  ],
  [
    'US-CA: 30 days ending on the day after Thanksgiving (state holiday) → Mon 30 Nov',
    '2026-10-28',
    'P30D',
    US_CA,
    '2026-11-30',
  ],
  ['A working-day end stays put (DE, Wed 18 Feb 2026)', '2026-01-18', 'P1M', DE, '2026-02-18'],
];

describe('legal period end with holiday calendars (Art. 3(4))', () => {
  it.each(periodCases)('%s', (_name, from, duration, calendar, expected) => {
    expect(legalPeriodEnd(from, duration, { calendar }).end).toBe(expected);
  });

  it('reports why the end moved, with the article', () => {
    const result = legalPeriodEnd('2026-01-15', 'P1M', { calendar: DE });
    expect(result.nominalEnd).toBe('2026-02-15');
    expect(result.reasons.map((r) => r.code)).toEqual([
      'PERIOD_ENDS_ON_SAME_DATE',
      'PERIOD_ENDS_ON_NON_WORKING_DAY',
    ]);
    expect(result.reasons[1]?.citation?.article).toBe('Art. 3(4)');
  });

  it('reports the month-end rule when the date does not exist', () => {
    const result = legalPeriodEnd('2026-03-31', 'P1M');
    expect(result.reasons[0]?.code).toBe('PERIOD_ENDS_ON_LAST_DAY_OF_MONTH');
  });

  it('keeps at least two working days in a two-day period (Art. 3(5))', () => {
    // From Thursday 24 Dec 2026 (DE): nominal end Sat 26 Dec; Fri 25 and Sat 26 are not working
    // days, Mon 28 Dec is the first and Tue 29 Dec the second working day of the period.
    const result = legalPeriodEnd('2026-12-24', 'P2D', { calendar: DE });
    expect(result.end).toBe('2026-12-29');
    expect(result.reasons.map((r) => r.code)).toContain('PERIOD_EXTENDED_TO_TWO_WORKING_DAYS');
  });
});

const businessCases: [
  name: string,
  from: string,
  count: number,
  calendar: typeof DE,
  expected: string,
][] = [
  [
    'CCPA: received Friday 6 Mar 2026, 10 business days → Fri 20 Mar',
    '2026-03-06',
    10,
    US_CA,
    '2026-03-20',
  ],
  [
    'US-CA: 10 business days over César Chávez Day (31 Mar) → Thu 9 Apr',
    '2026-03-25',
    10,
    US_CA,
    '2026-04-09',
  ],
  [
    'US: 15 business days over Independence Day observed (Fri 3 Jul 2026)',
    '2026-06-26',
    15,
    US,
    '2026-07-20',
  ],
  ['US: 10 business days over Thanksgiving and Christmas week', '2026-11-20', 10, US, '2026-12-07'],
  [
    'DE: 5 business days over Easter (Good Friday, Easter Monday)',
    '2026-04-01',
    5,
    DE,
    '2026-04-10',
  ],
  [
    'DE: 3 business days over Christmas (24 Dec counts, 25/26 Dec do not)',
    '2026-12-23',
    3,
    DE,
    '2026-12-29',
  ],
  ['GB: 5 business days over Easter', '2026-04-02', 5, GB, '2026-04-13'],
  [
    'GB: 2 business days over Christmas and the Boxing Day substitute',
    '2026-12-24',
    2,
    GB,
    '2026-12-30',
  ],
  ['FR: 3 business days over 1 May and 8 May week', '2026-04-30', 3, FR, '2026-05-06'],
  ['FR: 1 business day after Armistice eve', '2026-11-10', 1, FR, '2026-11-12'],
  ['Zero business days is the same day', '2026-03-07', 0, DE, '2026-03-07'],
];

describe('business days with holiday calendars', () => {
  it.each(businessCases)('%s', (_name, from, count, calendar, expected) => {
    expect(addBusinessDays(from, count, calendar)).toBe(expected);
  });

  it('rolls a Sunday forward to Monday and leaves a working day alone', () => {
    expect(rollForwardToWorkingDay('2026-02-15', DE)).toBe('2026-02-16');
    expect(rollForwardToWorkingDay('2026-02-16', DE)).toBe('2026-02-16');
  });

  it('counts working days in (from, to]', () => {
    expect(businessDaysBetween('2026-03-06', '2026-03-20', US_CA)).toBe(10);
    expect(businessDaysBetween('2026-03-20', '2026-03-06', US_CA)).toBe(-10);
  });

  it('knows the weekday of named dates', () => {
    expect(isoWeekday('2026-02-15')).toBe(7);
    expect(isoWeekday('2026-03-06')).toBe(5);
    expect(isoWeekday('2000-02-29')).toBe(2);
  });
});

describe('instants and time zones', () => {
  it('adds a month to an instant with the month-end rule', () => {
    expect(addDuration('2026-01-31T12:00:00Z', 'P1M').toISOString()).toBe(
      '2026-02-28T12:00:00.000Z',
    );
  });

  it('adds PT72H as exact elapsed time', () => {
    expect(addDuration('2026-03-27T12:00:00Z', 'PT72H').toISOString()).toBe(
      '2026-03-30T12:00:00.000Z',
    );
  });

  it('keeps the wall-clock time across a DST change when adding days in a zone', () => {
    // Berlin moves to summer time on 29 Mar 2026: 12:00 CET + P1D = 12:00 CEST (23 hours later).
    const result = addDuration('2026-03-28T11:00:00Z', 'P1D', { timeZone: 'Europe/Berlin' });
    expect(result.toISOString()).toBe('2026-03-29T10:00:00.000Z');
  });

  it('ends a deadline day at the last millisecond of that day in the zone', () => {
    expect(endOfDay('2026-04-30', 'Europe/Berlin').toISOString()).toBe('2026-04-30T21:59:59.999Z');
    expect(endOfDay('2026-04-30', 'America/Los_Angeles').toISOString()).toBe(
      '2026-05-01T06:59:59.999Z',
    );
    expect(endOfDay('2026-04-30').toISOString()).toBe('2026-04-30T23:59:59.999Z');
  });
});
