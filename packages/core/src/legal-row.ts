import { type CalendarDate, isCalendarDate, parseCalendarDate } from './calendar-date.js';
import type { Citation } from './citation.js';
import { invalidInput } from './validate.js';

/**
 * Legal status of a rule on the day the table was written.
 *
 * - `in-force`: applies within its dates.
 * - `enjoined`: enacted but blocked by a court; never applied by an engine, reported instead.
 * - `pending`: enacted or adopted but not yet applicable; applies from `validFrom`.
 * - `repealed`: no longer applies after `validTo`.
 */
export type LegalStatus = 'in-force' | 'enjoined' | 'pending' | 'repealed';

/** Every legal status, for schemas and docs. */
export const LEGAL_STATUSES = ['in-force', 'enjoined', 'pending', 'repealed'] as const;

/**
 * The shape shared by every dated legal table row: a value valid from `validFrom` to `validTo`
 * (both inclusive calendar dates), its status and its citation.
 */
export interface DatedRow {
  /** First day the row applies (inclusive). */
  readonly validFrom: CalendarDate;
  /** Last day the row applies (inclusive); absent while open-ended. */
  readonly validTo?: CalendarDate;
  /** Legal status of the row. */
  readonly status: LegalStatus;
  /** Where the row comes from and how sure Pledge is of it. */
  readonly citation: Citation;
}

/** A dated legal value for one jurisdiction (age thresholds, deadlines, adequacy findings). */
export interface LegalRow<Value> extends DatedRow {
  /** ISO 3166-1 alpha-2, ISO 3166-2, or a bloc id. */
  readonly jurisdiction: string;
  /** The legal value. */
  readonly value: Value;
}

/** True when `date` falls within the row's dates, whatever its status. */
export function isWithinValidity(
  row: Pick<DatedRow, 'validFrom' | 'validTo'>,
  date: CalendarDate,
): boolean {
  parseCalendarDate(date, 'date');
  if (typeof row !== 'object' || row === null || !isCalendarDate(row.validFrom)) {
    invalidInput(
      { scope: '@pledge/core', field: 'row' },
      'invalid_row',
      'expected a row with validFrom YYYY-MM-DD',
      ['validFrom'],
    );
  }
  return row.validFrom <= date && (row.validTo === undefined || date <= row.validTo);
}

/**
 * True when the row applies on `date`: within its dates and neither enjoined nor (for a row
 * written before its start) still pending on that day. A `pending` row applies once `date`
 * reaches `validFrom`, so tables need no edit on the day a law commences.
 */
export function appliesOn(row: DatedRow, date: CalendarDate): boolean {
  return isWithinValidity(row, date) && row.status !== 'enjoined';
}
