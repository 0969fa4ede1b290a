/**
 * What the host wants to do with the person's data, which selects the rows that apply.
 *
 * - `information-society-service` (default): consent-based processing for an online service
 *   offered to the person (GDPR Art. 8, COPPA, and the general consent rules elsewhere).
 * - `sale`: selling personal information (CCPA § 1798.120(c)).
 * - `share`: sharing for cross-context behavioural advertising (CCPA as amended by the CPRA).
 * - `targeted-ads`: targeted or behavioural advertising; treated as `share` in California.
 * - `social-media-account`: opening or keeping a social-media account (AU, US-FL, BR …).
 *
 * Every purpose also carries the general consent rules of the jurisdiction.
 */
export type Purpose =
  | 'information-society-service'
  | 'sale'
  | 'share'
  | 'targeted-ads'
  | 'social-media-account';

/** Every {@link Purpose}, for validation and docs. */
export const PURPOSES: readonly Purpose[] = [
  'information-society-service',
  'sale',
  'share',
  'targeted-ads',
  'social-media-account',
];

/**
 * The kind of service asking.
 *
 * - `general`: any online service (the default).
 * - `social-media`: a social-media platform; social-media rows apply whatever the purpose.
 * - `app-store`: an app store (Texas SB 2420).
 */
export type ServiceType = 'general' | 'social-media' | 'app-store';

/** Every {@link ServiceType}. */
export const SERVICE_TYPES: readonly ServiceType[] = ['general', 'social-media', 'app-store'];

/**
 * Which activity a table row governs.
 *
 * - `information-society-service`: consent to an information society service (GDPR Art. 8).
 * - `all-processing`: consent to any processing of the person's data (PIPL, LGPD, Québec …).
 * - `online-service`: any online service that knows the user's age (COPPA applies to services
 *   directed to children and to any operator with actual knowledge that a user is under 13;
 *   an operator that passes an age to `checkAge` has that knowledge).
 * - `sale` / `sale-or-share`: CCPA sale (before 2023) and sale or sharing (from 2023).
 * - `social-media`: social-media accounts.
 * - `app-store`: app-store downloads and purchases.
 * - `likely-accessed-by-children`: design duties for services likely to be accessed by
 *   children (UK Children's Code, California AADC).
 */
export type RuleScope =
  | 'information-society-service'
  | 'all-processing'
  | 'online-service'
  | 'sale'
  | 'sale-or-share'
  | 'social-media'
  | 'app-store'
  | 'likely-accessed-by-children';

/**
 * What applies to a person younger than a row's threshold.
 *
 * - `parental-consent`: a parent or guardian consents instead of the person.
 * - `joint-consent`: the person AND a parent consent together (France, loi 78-17 art. 45).
 * - `guardian-linked-account`: the account must be linked to a guardian's account (Brazil,
 *   ECA Digital art. 24); treated as guardian consent plus the `GUARDIAN_LINKED_ACCOUNT`
 *   obligation.
 * - `prohibited`: the activity is not allowed at all (Australia's social-media minimum age).
 * - `opt-in-required`: the person must opt in themselves (CCPA, ages 13–15).
 * - `parent-opt-in`: a parent must opt in (CCPA, under 13).
 * - `obligations`: no gate, only duties such as high-privacy defaults (UK Children's Code).
 */
export type BelowThreshold =
  | 'parental-consent'
  | 'joint-consent'
  | 'guardian-linked-account'
  | 'prohibited'
  | 'opt-in-required'
  | 'parent-opt-in'
  | 'obligations';

/**
 * A duty the host takes on for this person, in addition to the outcome.
 *
 * - `VERIFY_GUARDIAN`: make reasonable efforts to verify that the consenting adult holds
 *   parental responsibility (GDPR Art. 8(2), LGPD art. 14 § 5, and the VPC rules).
 * - `HIGH_PRIVACY_DEFAULTS`: high-privacy settings by default (UK Children's Code std 7).
 * - `NO_TARGETED_ADS`: no targeted advertising directed at the person.
 * - `NO_PROFILING`: no tracking or behavioural monitoring of the person.
 * - `OPT_IN_REQUIRED`: the activity needs the person's own affirmative opt-in.
 * - `SEPARATE_CONSENT_FOR_DISCLOSURE`: a separate parental consent before disclosing the
 *   child's data to third parties (COPPA as amended in 2025).
 * - `GUARDIAN_LINKED_ACCOUNT`: link the account to a guardian's account (ECA Digital).
 * - `RELIABLE_AGE_ASSURANCE`: self-declaration is not enough (ECA Digital, AU minimum age).
 * - `SENSITIVE_DATA`: treat the person's data as sensitive personal information (PIPL art. 28).
 */
export type Obligation =
  | 'VERIFY_GUARDIAN'
  | 'HIGH_PRIVACY_DEFAULTS'
  | 'NO_TARGETED_ADS'
  | 'NO_PROFILING'
  | 'OPT_IN_REQUIRED'
  | 'SEPARATE_CONSENT_FOR_DISCLOSURE'
  | 'GUARDIAN_LINKED_ACCOUNT'
  | 'RELIABLE_AGE_ASSURANCE'
  | 'SENSITIVE_DATA';

/**
 * A way to verify a parent's or guardian's consent that a row names.
 *
 * COPPA, 16 CFR 312.5(b)(2): `signed-consent-form` (i), `payment-card-transaction` (ii),
 * `toll-free-call` (iii), `video-conference` (iv), `government-id-check` (v), `email-plus`
 * (vi, only for operators that do not disclose the child's data); FTC-approved under 312.12:
 * `knowledge-based-authentication`, `face-match-to-photo-id`; 2025 amendments: `text-plus`
 * (not for operators that disclose). South Korea (PIPA Enforcement Decree art. 17-2):
 * `text-message`, `payment-card`, `mobile-identity-check`, `signed-consent-form`, `email`,
 * `phone-call`. India (DPDP Rules 2025, rule 10): `digital-identity-token`.
 */
export type VerificationMethod =
  | 'signed-consent-form'
  | 'payment-card-transaction'
  | 'toll-free-call'
  | 'video-conference'
  | 'government-id-check'
  | 'email-plus'
  | 'text-plus'
  | 'knowledge-based-authentication'
  | 'face-match-to-photo-id'
  | 'text-message'
  | 'payment-card'
  | 'mobile-identity-check'
  | 'email'
  | 'phone-call'
  | 'digital-identity-token';

/**
 * Who gives the consent the decision asks for: the person (`self`), a parent or guardian
 * (`guardian`), or both together (`joint`, France under 15).
 */
export type ConsentBy = 'self' | 'guardian' | 'joint';

/** What the host may do: go ahead, ask a guardian first, refuse, or handle an unknown case. */
export type AgeOutcome = 'allow' | 'parental-consent-required' | 'deny' | 'unknown';

/**
 * Stable reason codes of an age decision.
 *
 * - `BELOW_DIGITAL_CONSENT_AGE`: younger than the age at which the person may consent alone.
 * - `COPPA_UNDER_13`: under 13 in the United States: verifiable parental consent.
 * - `JOINT_CONSENT_REQUIRED`: France under 15: the minor and a parent consent together.
 * - `BELOW_MINIMUM_AGE`: the law prohibits the activity below this age.
 * - `SALE_OPT_IN_REQUIRED`: the person must opt in to the sale or sharing themselves.
 * - `SALE_PARENT_OPT_IN_REQUIRED`: a parent must opt in to the sale or sharing.
 * - `CHILD_PROTECTIONS_APPLY`: design duties for children apply (see `obligations`).
 * - `AT_OR_ABOVE_THRESHOLD`: the person has reached the row's threshold.
 * - `BELOW_POLICY_MINIMUM`: younger than the company's own minimum age.
 * - `AGE_BAND_STRADDLES_THRESHOLD`: the age band spans a threshold; the younger side was used.
 * - `NO_FIXED_AGE`: the law sets no age (Switzerland: capacity of judgement, case by case).
 * - `UNKNOWN_JURISDICTION`: the table has no row for the jurisdiction.
 * - `NO_RULE_FOR_PURPOSE`: the jurisdiction's rows do not cover this purpose or service.
 * - `NO_RULE_IN_FORCE`: the jurisdiction's rows do not cover this date.
 * - `RULE_NOT_YET_IN_FORCE`: a row that would bind this person starts later (`startsOn`).
 * - `RULE_ENJOINED`: a row that would bind this person is blocked by a court.
 * - `LEGISLATION_PENDING`: a bill would change the threshold; not law yet.
 */
export type AgeReasonCode =
  | 'BELOW_DIGITAL_CONSENT_AGE'
  | 'COPPA_UNDER_13'
  | 'JOINT_CONSENT_REQUIRED'
  | 'BELOW_MINIMUM_AGE'
  | 'SALE_OPT_IN_REQUIRED'
  | 'SALE_PARENT_OPT_IN_REQUIRED'
  | 'CHILD_PROTECTIONS_APPLY'
  | 'AT_OR_ABOVE_THRESHOLD'
  | 'BELOW_POLICY_MINIMUM'
  | 'AGE_BAND_STRADDLES_THRESHOLD'
  | 'NO_FIXED_AGE'
  | 'UNKNOWN_JURISDICTION'
  | 'NO_RULE_FOR_PURPOSE'
  | 'NO_RULE_IN_FORCE'
  | 'RULE_NOT_YET_IN_FORCE'
  | 'RULE_ENJOINED'
  | 'LEGISLATION_PENDING';
