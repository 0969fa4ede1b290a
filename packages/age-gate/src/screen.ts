/**
 * `@pledge/age-gate/screen`: the FTC's neutral-age-screen rules for the UI layer.
 *
 * {@link reviewAgeScreen} checks how an age screen is built (free entry, nothing pre-filled,
 * no hint of the threshold, no retry after a refusal) before it is shown. It is its own entry
 * so that a page which only decides ages with `checkAge` does not carry it, and a design-time
 * check or a test of the screen does not carry the age table.
 *
 * @module @pledge/age-gate/screen
 */
export {
  type AgeScreenDescription,
  type AgeScreenReasonCode,
  type AgeScreenReview,
  NEUTRAL_AGE_SCREEN_CITATION,
  type ReviewAgeScreenOptions,
  reviewAgeScreen,
} from './neutral-age-screen.js';
