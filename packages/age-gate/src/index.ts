/**
 * `@pledge/age-gate`: children's age gating from a cited, dated rule table.
 *
 * - {@link checkAge}: allow, parental consent, deny or unknown for a person in a jurisdiction
 *   on a date, from an age, a birth date (never returned) or an age band, with a company
 *   policy layered on top (stricter wins).
 * - {@link childDataDiscovered}: whether to file a DSR erasure when a child's data is found.
 * - {@link reviewAgeScreen}: FTC neutral-age-screen rules for the UI layer.
 *
 * Decisions cite each table row by law, article and confidence, and name it by id
 * (`params.rule`). The table with its source URLs and notes, for display, evidence and audit,
 * is the separate entry `@pledge/age-gate/sources`, so a browser bundle does not carry it.
 *
 * @module @pledge/age-gate
 */
export type { AgeBand, AgeQuery, CompanyPolicy, ServiceDescription } from './age-query.js';
export type { AgeRule, PendingAgeRule } from './age-rule.js';
export type { LeapDayConvention } from './birthday.js';
export {
  type AgeDecision,
  type AgeGateAction,
  checkAge,
  type GuardianRequirement,
  type RequireGuardianConsentAction,
  type ScheduleReevaluationAction,
} from './check-age.js';
export {
  type ChildDataAction,
  type ChildDataDecision,
  type ChildDataQuery,
  type ChildDataReasonCode,
  childDataDiscovered,
  type FileErasureRequestAction,
} from './child-data-discovered.js';
export {
  type AgeScreenDescription,
  type AgeScreenReasonCode,
  type AgeScreenReview,
  NEUTRAL_AGE_SCREEN_CITATION,
  type ReviewAgeScreenOptions,
  reviewAgeScreen,
} from './neutral-age-screen.js';
export {
  type AgeOutcome,
  type AgeReasonCode,
  type BelowThreshold,
  type ConsentBy,
  type Obligation,
  PURPOSES,
  type Purpose,
  type RuleScope,
  SERVICE_TYPES,
  type ServiceType,
  type VerificationMethod,
} from './vocabulary.js';
