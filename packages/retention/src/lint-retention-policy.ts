import type { Citation, Reason } from '@pledge/core';
import {
  type CompiledRule,
  compiledPolicyOf,
  neverLater,
  type RetentionPolicy,
} from './retention-policy.js';

/**
 * Codes of {@link lintRetentionPolicy} findings.
 *
 * - `LOCKED_MAXIMUM_BELOW_MINIMUM` (error): a locked rule's maximum ends before a minimum of a
 *   rule that can match the same records: both cannot hold, and neither may give way.
 * - `MAXIMUM_BELOW_MINIMUM` (warning): the same with an unlocked maximum; the minimum wins
 *   ("retention beats deletion"), so records outlive the maximum.
 * - `NO_DELETION_BY_MAXIMUM` (error): a rule with a maximum has no destructive stage due by then.
 * - `DELETION_BEFORE_MINIMUM` (warning): a destructive stage comes before the rule's own
 *   minimum; it will be withheld until the minimum has passed.
 * - `LOCKED_RULE_SHORTENED` (error): compared with `previous`, a locked rule deletes earlier,
 *   lost its minimum, or was unlocked.
 * - `LOCKED_RULE_REMOVED` (error): compared with `previous`, a locked rule is gone.
 */
export type RetentionLintCode =
  | 'LOCKED_MAXIMUM_BELOW_MINIMUM'
  | 'MAXIMUM_BELOW_MINIMUM'
  | 'NO_DELETION_BY_MAXIMUM'
  | 'DELETION_BEFORE_MINIMUM'
  | 'LOCKED_RULE_SHORTENED'
  | 'LOCKED_RULE_REMOVED';

/** One problem found in a policy, with the rules involved. */
export interface RetentionLintFinding extends Reason<RetentionLintCode> {
  /** `error`: the policy contradicts itself or a lock; `warning`: it works, perhaps not as meant. */
  readonly severity: 'error' | 'warning';
  /** The rules involved, the one at fault first. */
  readonly ruleIds: readonly string[];
}

/** Result of {@link lintRetentionPolicy}. */
export interface RetentionLintResult {
  /** True when there is no `error` finding. */
  readonly ok: boolean;
  /** Every finding, errors first. */
  readonly findings: readonly RetentionLintFinding[];
}

/** Options of {@link lintRetentionPolicy}. */
export interface LintRetentionPolicyOptions {
  /** The policy this one replaces; locked rules may only be lengthened. */
  readonly previous?: RetentionPolicy;
}

function overlaps(a: CompiledRule, b: CompiledRule): boolean {
  return (
    (a.category === null || b.category === null || a.category === b.category) &&
    (a.purpose === undefined || b.purpose === undefined || a.purpose === b.purpose) &&
    (a.tenant === undefined || b.tenant === undefined || a.tenant === b.tenant)
  );
}

function finding(
  code: RetentionLintCode,
  severity: 'error' | 'warning',
  ruleIds: readonly string[],
  params: Readonly<Record<string, unknown>>,
  citation?: Citation,
): RetentionLintFinding {
  return citation === undefined
    ? { code, severity, ruleIds, params }
    : { code, severity, ruleIds, params, citation };
}

/**
 * Reports contradictions in a policy that validation cannot see because each rule is fine on
 * its own: a locked maximum shorter than a legal minimum, a maximum with no deletion by then,
 * a deletion before the rule's own minimum, and (given `previous`) a locked rule that was
 * shortened or removed. Durations are compared for every anchor day over two years, so `P1M`
 * against `P30D` is caught when any month makes them cross.
 *
 * @example
 * ```ts
 * const { ok, findings } = lintRetentionPolicy(policy, { previous: lastYearsPolicy });
 * if (!ok) throw new Error(findings.map((f) => f.code).join(', '));
 * ```
 */
export function lintRetentionPolicy(
  policy: RetentionPolicy,
  options: LintRetentionPolicyOptions = {},
): RetentionLintResult {
  const compiled = compiledPolicyOf(policy);
  const previous =
    options?.previous === undefined
      ? undefined
      : compiledPolicyOf(options.previous, 'options.previous');
  const findings: RetentionLintFinding[] = [];
  for (const rule of compiled.rules) {
    if (rule.maximum !== null) {
      const maximum = rule.maximum;
      const destructive = rule.stages.find((stage) => stage.destructive);
      if (destructive === undefined || !neverLater(destructive, maximum)) {
        findings.push(
          finding(
            'NO_DELETION_BY_MAXIMUM',
            'error',
            [rule.id],
            { maximum: maximum.duration },
            rule.citation,
          ),
        );
      }
      for (const other of compiled.rules) {
        if (!overlaps(rule, other)) continue;
        for (const minimum of other.minimums) {
          if (minimum.source !== 'minimum' || neverLater(minimum, maximum)) continue;
          const locked = rule.rule.locked === true;
          findings.push(
            finding(
              locked ? 'LOCKED_MAXIMUM_BELOW_MINIMUM' : 'MAXIMUM_BELOW_MINIMUM',
              locked ? 'error' : 'warning',
              other === rule ? [rule.id] : [rule.id, other.id],
              { maximum: maximum.duration, minimum: minimum.duration, minimumRuleId: other.id },
              other.citation,
            ),
          );
        }
      }
    }
    const own = rule.minimums.find((minimum) => minimum.source === 'minimum');
    if (own !== undefined) {
      for (const stage of rule.stages) {
        if (stage.destructive && !neverLater(own, stage)) {
          findings.push(
            finding('DELETION_BEFORE_MINIMUM', 'warning', [rule.id], {
              stageIndex: stage.index,
              after: stage.after,
              minimum: own.duration,
            }),
          );
        }
      }
    }
  }
  if (previous !== undefined) {
    for (const before of previous.rules) {
      if (before.rule.locked !== true) continue;
      const after = compiled.rules.find((rule) => rule.id === before.id);
      if (after === undefined) {
        findings.push(finding('LOCKED_RULE_REMOVED', 'error', [before.id], {}));
        continue;
      }
      const shortened: string[] = [];
      if (after.rule.locked !== true) shortened.push('locked');
      const oldDelete = before.stages[before.firstDestructive];
      const newDelete = after.stages[after.firstDestructive];
      if (oldDelete !== undefined && newDelete !== undefined && !neverLater(oldDelete, newDelete)) {
        shortened.push('stages');
      }
      if (oldDelete === undefined && newDelete !== undefined) shortened.push('stages');
      const oldMinimum = before.minimums.find((minimum) => minimum.source === 'minimum');
      const newMinimum = after.minimums.find((minimum) => minimum.source === 'minimum');
      if (
        oldMinimum !== undefined &&
        (newMinimum === undefined || !neverLater(oldMinimum, newMinimum))
      ) {
        shortened.push('minimum');
      }
      if (
        before.event !== after.event ||
        before.endOfYear !== after.endOfYear ||
        before.category !== after.category
      ) {
        shortened.push('trigger');
      }
      if (shortened.length > 0) {
        findings.push(
          finding('LOCKED_RULE_SHORTENED', 'error', [before.id], { changed: shortened }),
        );
      }
    }
  }
  findings.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return { ok: findings.every((item) => item.severity !== 'error'), findings };
}
