import { describe, expect, it } from 'vitest';
import { type AgeScreenDescription, reviewAgeScreen } from './neutral-age-screen.js';

const neutral: AgeScreenDescription = {
  input: 'birth-date',
  prefilled: false,
  text: ['Date of birth', 'Day', 'Month', 'Year'],
  retryAfterRefusal: false,
};
const at = '2026-06-01';

describe('reviewAgeScreen (FTC COPPA FAQ G.3)', () => {
  it.each([
    ['free birth-date entry with neutral labels is neutral', neutral, 'neutral', ['NEUTRAL']],
    [
      'an "I am over 12" checkbox is not free entry and reveals the threshold',
      { ...neutral, input: 'checkbox', text: ['I am over 12 years old'] },
      'not-neutral',
      ['NOT_FREE_ENTRY', 'REVEALS_THRESHOLD'],
    ],
    [
      'a year picker ending 13 years ago limits the choices',
      { ...neutral, input: 'year', yearRange: { from: 1920, to: 2013 } },
      'not-neutral',
      ['LIMITED_CHOICES'],
    ],
    [
      'a year picker up to this year is fine',
      { ...neutral, input: 'year', yearRange: { from: 1920, to: 2026 } },
      'neutral',
      ['NEUTRAL'],
    ],
    [
      'a pre-filled adult date is not neutral',
      { ...neutral, prefilled: true },
      'not-neutral',
      ['PREFILLED'],
    ],
    [
      '"ask a parent" hints at the threshold',
      { ...neutral, text: ['Date of birth', 'Under 13? Ask your parent'] },
      'not-neutral',
      ['REVEALS_THRESHOLD'],
    ],
    [
      'the threshold number alone gives it away',
      { ...neutral, text: ['You must be 16 to join'] },
      'not-neutral',
      ['REVEALS_THRESHOLD'],
    ],
    [
      'going back to enter another age is not allowed',
      { ...neutral, retryAfterRefusal: true },
      'not-neutral',
      ['RETRY_ALLOWED'],
    ],
    [
      'a child-directed service may not screen children out',
      { ...neutral, directedToChildren: true },
      'not-neutral',
      ['CHILD_DIRECTED_MAY_NOT_BLOCK'],
    ],
  ] as const)('%s', (_name, screen, outcome, codes) => {
    const review = reviewAgeScreen(screen, { at, thresholds: [13, 16] });
    expect(review.outcome).toBe(outcome);
    expect(review.reasons.map((why) => why.code)).toEqual(codes);
    expect(review.reasons[0]?.citation?.article).toBe('FAQ G.3');
  });
});
