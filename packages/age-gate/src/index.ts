/**
 * `@pledge/age-gate`: children's age gating from a cited, dated rule table.
 *
 * - {@link checkAge}: allow, parental consent, deny or unknown for a person in a jurisdiction
 *   on a date, from an age, a birth date (never returned) or an age band, with a company
 *   policy layered on top (stricter wins).
 * - {@link childDataDiscovered}: whether to file a DSR erasure when a child's data is found.
 *
 * Decisions cite each table row by its short title (`LOPDGDD`, `COPPA Rule (2025)`), article
 * and confidence, and name it by id (`params.rule`). Two more entries keep what a browser
 * bundle of age decisions does not need:
 *
 * - `@pledge/age-gate/sources`: the table with each law's full title, source URL and note, for
 *   display, evidence and audit (`withAgeSources` restores them on a decision).
 * - `@pledge/age-gate/screen`: `reviewAgeScreen`, the FTC neutral-age-screen rules for the UI
 *   layer.
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
