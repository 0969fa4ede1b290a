import type { CalendarDate, Citation, Confidence, DatedRow, LegalStatus } from '@pledge/core';
import type {
  AgeReasonCode,
  BelowThreshold,
  Obligation,
  RuleScope,
  VerificationMethod,
} from './vocabulary.js';

/**
 * One dated age rule for one jurisdiction: below `threshold`, `below` applies to `scope`.
 *
 * Read a row as "a person aged 0 to `threshold - 1` in `jurisdiction` needs `below` for
 * `scope`, from `validFrom` to `validTo`". The person reaches the threshold on the birthday
 * of that age.
 */
export interface AgeRule extends DatedRow {
  /**
   * Stable row id `jurisdiction:scope:threshold:validFrom` (`none` for no threshold), e.g.
   * `DK:information-society-service:15:2024-01-01`. Reasons name it as `params.rule`; the
   * law's full title and the row's source URL and note are `ageRuleSource(id)` in
   * `@pledge/age-gate/sources`.
   */
  readonly id: string;
  /** ISO 3166-1 alpha-2 country, ISO 3166-2 subdivision, or `EU` for the GDPR default. */
  readonly jurisdiction: string;
  /** The age at which the rule stops applying; absent where the law sets no age (CH). */
  readonly threshold?: number;
  /** What applies below the threshold. */
  readonly below: BelowThreshold;
  /** The activity the row governs. */
  readonly scope: RuleScope;
  /** Duties that come with the rule for a person below the threshold. */
  readonly obligations?: readonly Obligation[];
  /** Accepted ways to verify a guardian's consent, where the law lists them. */
  readonly methods?: readonly VerificationMethod[];
  /** Reason code for a person below the threshold, when it differs from the `below` default. */
  readonly code?: AgeReasonCode;
}

/**
 * A change that is proposed or agreed but has no commencement date yet (a bill, a
 * consultation, a code still being drafted). Never applied; reported as
 * `LEGISLATION_PENDING`.
 */
export interface PendingAgeRule {
  /** Stable id `jurisdiction:scope:threshold:pending`; its source is `ageRuleSource(id)`. */
  readonly id: string;
  /** Jurisdiction the change would apply to. */
  readonly jurisdiction: string;
  /** The proposed threshold. */
  readonly threshold: number;
  /** What would apply below it. */
  readonly below: BelowThreshold;
  /** The activity it would govern. */
  readonly scope: RuleScope;
  /** A date the sources give as a deadline or expectation, not a confirmed start. */
  readonly expectedBy?: string;
  /** Where the proposal is documented. */
  readonly citation: Citation;
}

/**
 * An {@link AgeRule} as the table file stores it: a tuple, so the browser bundle carries no
 * repeated property names. `null` marks an absent value. Decoded by {@link decodeAgeRule}.
 */
export type AgeRuleRow = readonly [
  jurisdiction: string,
  threshold: number | null,
  below: BelowThreshold,
  scope: RuleScope,
  obligations: readonly Obligation[] | null,
  validFrom: CalendarDate,
  validTo: CalendarDate | null,
  status: LegalStatus,
  law: string,
  article: string,
  confidence: Confidence,
  methods?: readonly VerificationMethod[] | null,
  code?: AgeReasonCode,
];

/**
 * A {@link PendingAgeRule} as the table file stores it (see {@link AgeRuleRow}). Decoded by
 * {@link decodePendingAgeRule}.
 */
export type PendingAgeRuleRow = readonly [
  jurisdiction: string,
  threshold: number,
  below: BelowThreshold,
  scope: RuleScope,
  law: string,
  article: string,
  confidence: Confidence,
  expectedBy?: string,
];

/** Expands a pending-table tuple into a {@link PendingAgeRule}, leaving absent keys out. */
export function decodePendingAgeRule([
  jurisdiction,
  threshold,
  below,
  scope,
  law,
  article,
  confidence,
  expectedBy,
]: PendingAgeRuleRow): PendingAgeRule {
  return {
    id: `${jurisdiction}:${scope}:${threshold}:pending`,
    jurisdiction,
    threshold,
    below,
    scope,
    ...(expectedBy === undefined ? {} : { expectedBy }),
    citation: { law, article, confidence },
  };
}

/** Expands a table tuple into an {@link AgeRule}, leaving absent keys out. */
export function decodeAgeRule([
  jurisdiction,
  threshold,
  below,
  scope,
  obligations,
  validFrom,
  validTo,
  status,
  law,
  article,
  confidence,
  methods,
  code,
]: AgeRuleRow): AgeRule {
  return {
    id: `${jurisdiction}:${scope}:${threshold ?? 'none'}:${validFrom}`,
    jurisdiction,
    ...(threshold === null ? {} : { threshold }),
    below,
    scope,
    ...(obligations === null ? {} : { obligations }),
    ...(methods == null ? {} : { methods }),
    ...(code === undefined ? {} : { code }),
    validFrom,
    ...(validTo === null ? {} : { validTo }),
    status,
    citation: { law, article, confidence },
  };
}
