import { addDays, addMonths, type CalendarDate } from '@pledge/core';

/**
 * When a person born on 29 February reaches an age in a common year.
 *
 * - `march-1` (default): on 1 March. German law counts age this way: the day of birth is
 *   counted (BGB § 187(2) sentence 2) and a year of life ends with the expiry of 28 February
 *   when 29 February is missing (BGB § 188(2)-(3)), so the new age starts on 1 March. It is
 *   also the conservative choice: nobody is treated as older one day early.
 * - `february-28`: on 28 February, the month-end rule that `addMonths` applies to periods in
 *   months (Regulation 1182/71 Art. 3(2)(c)); secondary sources report it for England and
 *   Taiwan (unverified here).
 */
export type LeapDayConvention = 'march-1' | 'february-28';

/**
 * The date on which a person born on `birthDate` reaches `years` of age, by calendar
 * arithmetic (never milliseconds).
 */
export function dateOfAge(
  birthDate: CalendarDate,
  years: number,
  convention: LeapDayConvention,
): CalendarDate {
  const anniversary = addMonths(birthDate, years * 12);
  // addMonths moves 29 February to 28 February in a common year (month-end rule).
  return convention === 'march-1' && birthDate.endsWith('-02-29') && anniversary.endsWith('-02-28')
    ? addDays(anniversary, 1)
    : anniversary;
}

/** Completed years of a person born on `birthDate`, on `date` (not before `birthDate`). */
export function ageOn(
  birthDate: CalendarDate,
  date: CalendarDate,
  convention: LeapDayConvention,
): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return dateOfAge(birthDate, years, convention) <= date ? years : years - 1;
}
