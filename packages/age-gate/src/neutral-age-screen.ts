import {
  type Citation,
  type Decision,
  invalidInput,
  type Reason,
  reason,
  requireOneOf,
  requireRecord,
} from '@pledge/core';
import { readDate, SCOPE } from './age-query.js';

/**
 * FTC staff guidance on a neutral age screen: Complying with COPPA, FAQ G.3 (quoted in
 * several independent copies; the FTC page itself was not opened, hence `secondary`).
 */
export const NEUTRAL_AGE_SCREEN_CITATION: Citation = {
  law: 'FTC, Complying with COPPA: Frequently Asked Questions',
  article: 'FAQ G.3',
  url: 'https://www.ftc.gov/business-guidance/resources/complying-coppa-frequently-asked-questions',
  confidence: 'secondary',
};

/**
 * How an age screen is built, as the browser layer describes it to {@link reviewAgeScreen}.
 */
export interface AgeScreenDescription {
  /**
   * What the person enters: a full `birth-date` or an `age` typed freely, a `year` only, or
   * a yes/no `checkbox` ("I am over 12"), which is never neutral.
   */
  readonly input: 'birth-date' | 'age' | 'year' | 'checkbox';
  /** For pickers: the oldest and newest birth year offered. Leave out for free entry. */
  readonly yearRange?: { readonly from: number; readonly to: number };
  /** True when a value is filled in before the person types. */
  readonly prefilled: boolean;
  /** Every text shown on or around the screen (labels, hints, errors). */
  readonly text: readonly string[];
  /** True when a refused person can go back and enter another age. */
  readonly retryAfterRefusal: boolean;
  /** True for a service directed to children, which may not block under-13s at all. */
  readonly directedToChildren?: boolean;
}

/**
 * Why a screen is not neutral.
 *
 * - `NOT_FREE_ENTRY`: a yes/no checkbox instead of entering an age or birth date.
 * - `LIMITED_CHOICES`: the newest birth year offered is too early for a child just under the
 *   lowest threshold to answer truthfully.
 * - `PREFILLED`: a value is filled in before the person types.
 * - `REVEALS_THRESHOLD`: the text names the age or hints that young users are refused.
 * - `RETRY_ALLOWED`: a refused person can go back and enter another age.
 * - `CHILD_DIRECTED_MAY_NOT_BLOCK`: a child-directed service must comply with COPPA instead
 *   of screening children out.
 * - `NEUTRAL`: none of the above.
 */
export type AgeScreenReasonCode =
  | 'NOT_FREE_ENTRY'
  | 'LIMITED_CHOICES'
  | 'PREFILLED'
  | 'REVEALS_THRESHOLD'
  | 'RETRY_ALLOWED'
  | 'CHILD_DIRECTED_MAY_NOT_BLOCK'
  | 'NEUTRAL';

/** The answer of {@link reviewAgeScreen}. */
export type AgeScreenReview = Decision<'neutral' | 'not-neutral', AgeScreenReasonCode>;

/** Options for {@link reviewAgeScreen}. */
export interface ReviewAgeScreenOptions {
  /** The date the screen is shown, to check which ages a year picker allows. */
  readonly at: string | Date;
  /** The ages the host gates on (e.g. `[13]`, or `[13, 16]`); default `[13]`. */
  readonly thresholds?: readonly number[];
}

const SCREEN_KEYS = [
  'input',
  'yearRange',
  'prefilled',
  'text',
  'retryAfterRefusal',
  'directedToChildren',
];

// Phrases that tell a child what answer gets them in.
const HINTS =
  /\b(parents?|guardians?|too young|old enough|under|over|older|younger|at least|minimum age|kids?|children)\b/i;

/**
 * Checks an age screen against the FTC's neutral-screen guidance: free entry of age or
 * birth date, nothing pre-filled, no hint of the threshold, and no retry after a refusal
 * (FTC staff suggest a cookie or equivalent marker). A pure review the browser package runs
 * on its screen description; it renders nothing.
 *
 * @example
 * ```ts
 * const review = reviewAgeScreen(
 *   { input: 'birth-date', prefilled: false, text: ['Date of birth'], retryAfterRefusal: false },
 *   { at: '2026-06-01' },
 * );
 * review.outcome; // 'neutral'
 * ```
 */
export function reviewAgeScreen(
  screen: AgeScreenDescription,
  options: ReviewAgeScreenOptions,
): AgeScreenReview {
  const field = 'screen';
  const fail = (path: string, message: string): never =>
    invalidInput({ scope: SCOPE, field: `${field}${path}` }, 'invalid_type', message);
  requireRecord(screen, field, SCREEN_KEYS, SCOPE);
  requireOneOf(screen.input, ['birth-date', 'age', 'year', 'checkbox'], `${field}.input`, SCOPE);
  if (typeof screen.prefilled !== 'boolean') fail('.prefilled', 'expected a boolean');
  if (typeof screen.retryAfterRefusal !== 'boolean')
    fail('.retryAfterRefusal', 'expected a boolean');
  if (screen.directedToChildren !== undefined && typeof screen.directedToChildren !== 'boolean') {
    fail('.directedToChildren', 'expected a boolean');
  }
  if (!Array.isArray(screen.text) || !screen.text.every((line) => typeof line === 'string')) {
    fail('.text', 'expected an array of strings');
  }
  const range = screen.yearRange;
  if (
    range !== undefined &&
    (typeof range !== 'object' ||
      range === null ||
      !Number.isInteger(range.from) ||
      !Number.isInteger(range.to))
  ) {
    fail('.yearRange', 'expected whole years from and to');
  }
  requireRecord(options, 'options', ['at', 'thresholds'], SCOPE);
  const year = Number(readDate(options.at, 'options.at').slice(0, 4));
  const thresholds = options.thresholds ?? [13];
  if (
    !Array.isArray(thresholds) ||
    thresholds.length === 0 ||
    !thresholds.every((age) => Number.isInteger(age) && age > 0 && age < 150)
  ) {
    invalidInput(
      { scope: SCOPE, field: 'options.thresholds' },
      'invalid_type',
      'expected a non-empty list of whole ages',
    );
  }

  const reasons: Reason<AgeScreenReasonCode>[] = [];
  const flag = (code: AgeScreenReasonCode, params: Readonly<Record<string, unknown>> = {}) =>
    reasons.push(reason(code, params, NEUTRAL_AGE_SCREEN_CITATION));
  if (screen.directedToChildren === true) flag('CHILD_DIRECTED_MAY_NOT_BLOCK');
  if (screen.input === 'checkbox') flag('NOT_FREE_ENTRY');
  const youngest = Math.min(...thresholds);
  // A child one year under the lowest threshold whose birthday has passed was born in
  // `year - (youngest - 1)`; a picker that stops earlier cannot take a true answer from them.
  if (range !== undefined && year - range.to >= youngest)
    flag('LIMITED_CHOICES', { newestYear: range.to });
  if (screen.prefilled) flag('PREFILLED');
  const numbers = new RegExp(
    `\\b(${thresholds.join('|')}|${thresholds.map((age) => age - 1).join('|')})\\b`,
  );
  if (screen.text.some((line) => HINTS.test(line) || numbers.test(line))) flag('REVEALS_THRESHOLD');
  if (screen.retryAfterRefusal) flag('RETRY_ALLOWED');
  if (reasons.length === 0) flag('NEUTRAL');
  return { outcome: reasons[0]?.code === 'NEUTRAL' ? 'neutral' : 'not-neutral', reasons };
}
