import {
  appliesOn,
  blocsOf,
  type CalendarDate,
  type Citation,
  type Decision,
  isJurisdiction,
  isWithinValidity,
  jurisdictionLineage,
  type Reason,
  reason,
} from '@pledge/core';
import type { AgeQuery, ReadQuery } from './age-query.js';
import { readAgeQuery } from './age-query.js';
import type { AgeRule } from './age-rule.js';
import { ageOn, dateOfAge } from './birthday.js';
import { AGE_RULES } from './rules/age-thresholds.js';
import { PENDING_AGE_RULES } from './rules/pending-legislation.js';
import type {
  AgeOutcome,
  AgeReasonCode,
  BelowThreshold,
  ConsentBy,
  Obligation,
  Purpose,
  RuleScope,
  VerificationMethod,
} from './vocabulary.js';

/** What a `parental-consent-required` decision asks of the consent ledger. */
export interface GuardianRequirement {
  /** Always `true`: the ledger must record a guardian actor. */
  readonly required: true;
  /** Whether the guardian consents alone (`guardian`) or with the minor (`joint`). */
  readonly consentBy: 'guardian' | 'joint';
  /**
   * Ways to verify the guardian the binding law lists. Empty where the law asks only for
   * "reasonable efforts" (GDPR Art. 8(2)) without naming methods.
   */
  readonly verificationMethods: readonly VerificationMethod[];
}

/**
 * Ask the consent ledger for a guardian's consent (DESIGN §3): record the consent with a
 * guardian actor verified by one of `verificationMethods` (and, for `joint`, the minor's own
 * consent too).
 */
export interface RequireGuardianConsentAction {
  /** Action kind. */
  readonly type: 'require-guardian-consent';
  /** Guardian alone, or guardian and minor together. */
  readonly consentBy: 'guardian' | 'joint';
  /** Accepted verification methods (empty: reasonable efforts). */
  readonly verificationMethods: readonly VerificationMethod[];
  /** The age from which the person consents alone. */
  readonly threshold: number;
  /** The law that requires it. */
  readonly citation: Citation;
}

/**
 * Re-run the check on `on`, the day the person reaches `threshold`. A consent given by a
 * guardian should then be renewed by the person themselves (the ledger's
 * `REQUIRES_RECONSENT`); a refused person may be let in. Only given when a birth date was
 * supplied, so the host can schedule it without keeping the birth date.
 */
export interface ScheduleReevaluationAction {
  /** Action kind. */
  readonly type: 'schedule-reevaluation';
  /** The date the person reaches `threshold`. */
  readonly on: CalendarDate;
  /** The next threshold the person crosses. */
  readonly threshold: number;
}

/** Side effects the host runs for an age decision; the engine never runs them. */
export type AgeGateAction = RequireGuardianConsentAction | ScheduleReevaluationAction;

/** The answer of {@link checkAge}. */
export interface AgeDecision extends Decision<AgeOutcome, AgeReasonCode> {
  /** The calendar date the decision is for. */
  readonly date: CalendarDate;
  /**
   * The threshold that decided: the binding one for `deny` and `parental-consent-required`;
   * for `allow`, an opt-in threshold the person is still under (CCPA 16), else the highest
   * threshold the person has reached.
   */
  readonly threshold?: number;
  /** Whether the law or the company policy produced a `deny` or `parental-consent-required`. */
  readonly boundBy?: 'law' | 'policy';
  /** The citation of the binding rule or policy, with `boundBy`. */
  readonly citation?: Citation;
  /**
   * The id of the binding table row, with `citation` when the law binds (absent when the
   * company policy does); its source is `ageRuleSource(rule)` in `@pledge/age-gate/sources`.
   */
  readonly rule?: string;
  /** Who consents: the person, a guardian, or both. Absent for `deny` and `unknown`. */
  readonly consentBy?: ConsentBy;
  /** Duties that come with the decision. */
  readonly obligations: readonly Obligation[];
  /** Present for `parental-consent-required`. */
  readonly guardian?: GuardianRequirement;
  /** The next date the person crosses a threshold (only when a birth date was given). */
  readonly reevaluateAt?: CalendarDate;
  /** What the host should do next. */
  readonly actions: readonly AgeGateAction[];
}

type Severity = 0 | 1 | 2 | 3;
const OUTCOMES: readonly AgeOutcome[] = ['allow', 'parental-consent-required', 'unknown', 'deny'];
const SEVERITY: Readonly<Record<BelowThreshold, Severity>> = {
  obligations: 0,
  'opt-in-required': 0,
  'parental-consent': 1,
  'joint-consent': 1,
  'guardian-linked-account': 1,
  'parent-opt-in': 1,
  prohibited: 3,
};
const DEFAULT_CODE: Readonly<Record<BelowThreshold, AgeReasonCode>> = {
  obligations: 'CHILD_PROTECTIONS_APPLY',
  'opt-in-required': 'SALE_OPT_IN_REQUIRED',
  'parental-consent': 'BELOW_DIGITAL_CONSENT_AGE',
  'joint-consent': 'BELOW_DIGITAL_CONSENT_AGE',
  'guardian-linked-account': 'BELOW_DIGITAL_CONSENT_AGE',
  'parent-opt-in': 'SALE_PARENT_OPT_IN_REQUIRED',
  prohibited: 'BELOW_MINIMUM_AGE',
};
// Consent to an information society service and consent to processing in general are one
// family: a national all-processing rule (BG art. 25c) replaces the GDPR default.
const FAMILY: Readonly<Record<RuleScope, string>> = {
  'information-society-service': 'consent',
  'all-processing': 'consent',
  'online-service': 'online-service',
  sale: 'sale',
  'sale-or-share': 'sale',
  'social-media': 'social-media',
  'app-store': 'app-store',
  'likely-accessed-by-children': 'design',
};
// Methods the law limits to operators that do not disclose the child's data (16 CFR
// 312.5(b)(2)(vi) and the 2025 text-plus method).
const NON_DISCLOSING_ONLY: readonly VerificationMethod[] = ['email-plus', 'text-plus'];
const DISCLOSING: readonly Purpose[] = ['sale', 'share', 'targeted-ads'];
const POLICY_CITATION: Citation = {
  law: 'Company policy',
  article: 'minimum age',
  confidence: 'primary',
  note: 'Set by the host, not by law.',
};

function scopesFor(query: ReadQuery): RuleScope[] {
  const scopes: RuleScope[] = [
    'information-society-service',
    'all-processing',
    'online-service',
    'likely-accessed-by-children',
  ];
  if (query.purpose === 'sale') scopes.push('sale');
  if (DISCLOSING.includes(query.purpose)) scopes.push('sale-or-share');
  if (query.purpose === 'social-media-account' || query.service === 'social-media') {
    scopes.push('social-media');
  }
  if (query.service === 'app-store') scopes.push('app-store');
  return scopes;
}

function levelsFor(jurisdiction: string, date: CalendarDate): string[] {
  if (!isJurisdiction(jurisdiction)) return [jurisdiction];
  return [...jurisdictionLineage(jurisdiction), ...blocsOf(jurisdiction, date)];
}

/** The person's age as an inclusive range of completed years. */
function ageRange(query: ReadQuery): { min: number; max: number } {
  if (query.band !== undefined) return query.band;
  const age =
    query.birthDate === undefined
      ? (query.age ?? 0)
      : ageOn(query.birthDate, query.date, query.leapDay);
  return { min: age, max: age };
}

/**
 * Decides whether a person of a given age may use a service in a jurisdiction on a date,
 * from the bundled, cited and dated table, with the company's policy layered on top
 * (stricter wins).
 *
 * Rows are matched from the most specific jurisdiction up (`US-CA`, then `US`, then the `EU`
 * GDPR default for member states); per activity the most specific jurisdiction with a rule
 * in force wins. Below a threshold the strictest rule decides: `deny` over `unknown` over
 * `parental-consent-required` over `allow`. An age band that spans a threshold is treated as
 * its younger side (`AGE_BAND_STRADDLES_THRESHOLD`), so a band never gives a more permissive
 * answer than any age inside it. An unknown jurisdiction, purpose or date is `unknown`, never
 * `allow`. A birth date is used and not returned: `reevaluateAt` carries the next date that
 * matters instead.
 *
 * Every reason that rests on a table row carries the row's citation (the law's short title,
 * article, confidence) and its id as `params.rule`; the law's full title and the row's source
 * URL and note are in `@pledge/age-gate/sources` (`ageRuleSource`, `withAgeSources`).
 *
 * @example
 * ```ts
 * const decision = checkAge({ jurisdiction: 'DE', at: '2026-06-01', age: 15 });
 * decision.outcome; // 'parental-consent-required'
 * decision.reasons[0]?.code; // 'BELOW_DIGITAL_CONSENT_AGE'
 * ```
 */
export function checkAge(query: AgeQuery): AgeDecision {
  return decide(readAgeQuery(query, 'query'));
}

/** {@link checkAge} on an already checked query. */
export function decide(query: ReadQuery): AgeDecision {
  const { date, policy } = query;
  const person = ageRange(query);
  const levels = levelsFor(query.jurisdiction, date);
  const scopes = scopesFor(query);
  const known = AGE_RULES.filter((row) => levels.includes(row.jurisdiction));
  const relevant = known.filter((row) => scopes.includes(row.scope));
  const reasons: Reason<AgeReasonCode>[] = [];
  const obligations = new Set<Obligation>();
  const methods = new Set<VerificationMethod>();
  // Params never hold `undefined`, so a decision survives canonical JSON (evidence hashing).
  // `rule` is the row id, the key of the row's source note in `ageRuleNotes()`.
  const params = (row: {
    id: string;
    jurisdiction: string;
    threshold?: number;
    scope: RuleScope;
  }) => ({
    rule: row.id,
    jurisdiction: row.jurisdiction,
    scope: row.scope,
    ...(row.threshold === undefined ? {} : { threshold: row.threshold }),
  });
  // The younger side of a band decides; report when the band spans the threshold.
  const below = (threshold: number) => {
    if (person.min >= threshold) return false;
    if (person.max >= threshold) {
      reasons.push(reason('AGE_BAND_STRADDLES_THRESHOLD', { ...person, threshold }));
    }
    return true;
  };

  // Per activity family, the most specific jurisdiction with a row in force decides.
  const applying: AgeRule[] = [];
  for (const family of new Set(scopes.map((scope) => FAMILY[scope]))) {
    const rows = relevant.filter((row) => FAMILY[row.scope] === family && appliesOn(row, date));
    const level = levels.find((code) => rows.some((row) => row.jurisdiction === code));
    applying.push(...rows.filter((row) => row.jurisdiction === level));
  }

  let severity: Severity = 0;
  let binding:
    | { threshold?: number; citation: Citation; joint: boolean; rule?: string }
    | undefined;
  let reached: number | undefined;
  let optIn: number | undefined;
  const thresholds = new Set<number>();
  for (const row of applying) {
    const threshold = row.threshold ?? policy.selfConsentAge;
    if (threshold === undefined) {
      reasons.push(reason('NO_FIXED_AGE', params(row), row.citation));
      if (severity < 2) {
        severity = 2;
        binding = { citation: row.citation, joint: false, rule: row.id };
      }
      continue;
    }
    thresholds.add(threshold);
    const citation =
      row.threshold === undefined ? (policy.citation ?? POLICY_CITATION) : row.citation;
    if (!below(threshold)) {
      if (row.below !== 'obligations') {
        reasons.push(reason('AT_OR_ABOVE_THRESHOLD', { ...params(row), threshold }, citation));
        reached = Math.max(reached ?? 0, threshold);
      }
      continue;
    }
    reasons.push(
      reason(row.code ?? DEFAULT_CODE[row.below], { ...params(row), threshold }, citation),
    );
    if (row.below === 'joint-consent')
      reasons.push(reason('JOINT_CONSENT_REQUIRED', params(row), citation));
    for (const obligation of row.obligations ?? []) obligations.add(obligation);
    const rank = SEVERITY[row.below];
    if (rank === 1) for (const method of row.methods ?? []) methods.add(method);
    if (row.below === 'opt-in-required') optIn = Math.max(optIn ?? 0, threshold);
    if (
      rank > severity ||
      (rank === severity && rank > 0 && threshold > (binding?.threshold ?? 0))
    ) {
      severity = rank;
      binding = {
        threshold,
        citation,
        joint: (binding?.joint ?? false) || row.below === 'joint-consent',
        ...(row.threshold === undefined ? {} : { rule: row.id }),
      };
    } else if (rank === 1 && binding !== undefined && row.below === 'joint-consent') {
      binding = { ...binding, joint: true };
    }
  }

  // Rows that would bind this person but do not apply today: enjoined, or starting later.
  for (const row of relevant) {
    if (row.threshold === undefined || person.min >= row.threshold) continue;
    if (row.status === 'enjoined' && isWithinValidity(row, date)) {
      reasons.push(reason('RULE_ENJOINED', params(row), row.citation));
    } else if (row.validFrom > date) {
      reasons.push(
        reason('RULE_NOT_YET_IN_FORCE', { ...params(row), startsOn: row.validFrom }, row.citation),
      );
    }
  }
  for (const bill of PENDING_AGE_RULES) {
    if (
      levels.includes(bill.jurisdiction) &&
      scopes.includes(bill.scope) &&
      person.min < bill.threshold
    ) {
      reasons.push(reason('LEGISLATION_PENDING', params(bill), bill.citation));
    }
  }

  if (applying.length === 0) {
    severity = 2;
    const code: AgeReasonCode =
      known.length === 0
        ? 'UNKNOWN_JURISDICTION'
        : relevant.length === 0
          ? 'NO_RULE_FOR_PURPOSE'
          : 'NO_RULE_IN_FORCE';
    reasons.unshift(
      reason(code, { jurisdiction: query.jurisdiction, purpose: query.purpose, date }),
    );
  }

  // Company policy: stricter wins.
  const policyCitation = policy.citation ?? POLICY_CITATION;
  let boundBy: 'law' | 'policy' | undefined =
    severity === 1 || severity === 3
      ? binding?.citation === policyCitation
        ? 'policy'
        : 'law'
      : undefined;
  const minimum = policy.minimumAge;
  if (minimum !== undefined) {
    thresholds.add(minimum);
    if (below(minimum)) {
      const citation = policyCitation;
      reasons.push(reason('BELOW_POLICY_MINIMUM', { minimumAge: minimum }, citation));
      if (severity < 3) {
        severity = 3;
        boundBy = 'policy';
        binding = { threshold: minimum, citation, joint: false };
      }
    }
  }

  const outcome = OUTCOMES[severity] ?? 'unknown';
  const threshold = severity === 0 ? (optIn ?? reached) : binding?.threshold;
  const consentBy: ConsentBy | undefined =
    severity === 0 ? 'self' : severity === 1 ? (binding?.joint ? 'joint' : 'guardian') : undefined;
  const actions: AgeGateAction[] = [];
  let guardian: GuardianRequirement | undefined;
  if (severity === 1 && binding !== undefined && threshold !== undefined) {
    const verificationMethods = [...methods].filter(
      (method) => !(DISCLOSING.includes(query.purpose) && NON_DISCLOSING_ONLY.includes(method)),
    );
    const by = consentBy === 'joint' ? 'joint' : 'guardian';
    guardian = { required: true, consentBy: by, verificationMethods };
    actions.push({
      type: 'require-guardian-consent',
      consentBy: by,
      verificationMethods,
      threshold,
      citation: binding.citation,
    });
  }
  let reevaluateAt: CalendarDate | undefined;
  if (query.birthDate !== undefined) {
    const next = [...thresholds].filter((value) => value > person.min).sort((a, b) => a - b)[0];
    if (next !== undefined) {
      reevaluateAt = dateOfAge(query.birthDate, next, query.leapDay);
      actions.push({ type: 'schedule-reevaluation', on: reevaluateAt, threshold: next });
    }
  }

  return {
    outcome,
    reasons,
    date,
    ...(threshold === undefined ? {} : { threshold }),
    ...(boundBy === undefined || binding === undefined
      ? {}
      : {
          boundBy,
          citation: binding.citation,
          ...(boundBy === 'law' && binding.rule !== undefined ? { rule: binding.rule } : {}),
        }),
    ...(consentBy === undefined ? {} : { consentBy }),
    obligations: [...obligations],
    ...(guardian === undefined ? {} : { guardian }),
    ...(reevaluateAt === undefined ? {} : { reevaluateAt }),
    actions,
  };
}
