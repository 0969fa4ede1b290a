import {
  type Citation,
  invalidInput,
  isTimeZone,
  parseDuration,
  parseInput,
  type Reason,
  reason,
  ValidationError,
  type ValidationIssue,
} from '@pledge/core';
import { z } from 'zod';
import { epochDayOf, shiftEpochDay } from './epoch-day.js';
import { type CompiledHold, compileHold, type LegalHold, legalHoldSchema } from './legal-hold.js';
import type { RetentionReasonCode } from './reason-codes.js';
import {
  isDestructiveAction,
  isRuleId,
  type RetentionAction,
  type RetentionRule,
  retentionRuleSchema,
} from './retention-rule.js';

const SCOPE = '@pledge/retention';

/** Input of {@link defineRetentionPolicy}. */
export interface RetentionPolicyInput {
  /** The rules; ids must be unique. */
  readonly rules: readonly RetentionRule[];
  /** Legal holds known when the policy is built (more can be passed per evaluation). */
  readonly holds?: readonly LegalHold[];
  /**
   * IANA zone whose calendar dates anchor periods (default `UTC`): a log written at 23:30 in
   * Berlin on 1 March belongs to 1 March there.
   */
  readonly timeZone?: string;
}

/**
 * A validated, compiled, frozen retention policy. Build it once with
 * {@link defineRetentionPolicy} and reuse it: durations are parsed, rules indexed by category
 * and reasons with their citations built ahead, so evaluating a record allocates little.
 */
export interface RetentionPolicy {
  /** The rules as given, in order. */
  readonly rules: readonly RetentionRule[];
  /** The holds as given. */
  readonly holds: readonly LegalHold[];
  /** Zone of the calendar dates periods are counted in. */
  readonly timeZone: string;
}

/** @internal A stage with its duration split into months and days. */
export interface CompiledStage {
  readonly index: number;
  readonly action: RetentionAction;
  readonly after: string;
  readonly months: number;
  readonly days: number;
  readonly destructive: boolean;
  readonly dueReason: Reason<RetentionReasonCode>;
  readonly reachedReason: Reason<RetentionReasonCode>;
}

/** @internal A minimum keep period of a rule (its own `minimum`, or a locked rule's first deletion). */
export interface CompiledMinimum {
  readonly duration: string;
  readonly months: number;
  readonly days: number;
  readonly source: 'minimum' | 'locked';
  readonly retainReason: Reason<RetentionReasonCode>;
}

/** @internal */
export interface CompiledRule {
  readonly rule: RetentionRule;
  readonly id: string;
  readonly index: number;
  /** `null` for the `*` wildcard. */
  readonly category: string | null;
  readonly purpose: string | undefined;
  readonly tenant: string | undefined;
  readonly specificity: number;
  readonly event: string;
  readonly endOfYear: boolean;
  readonly stages: readonly CompiledStage[];
  readonly firstDestructive: number;
  readonly minimums: readonly CompiledMinimum[];
  readonly maximum: {
    readonly duration: string;
    readonly months: number;
    readonly days: number;
  } | null;
  readonly appliesReason: Reason<RetentionReasonCode>;
  readonly triggerMissingReason: Reason<RetentionReasonCode>;
  readonly nothingDueReason: Reason<RetentionReasonCode>;
  readonly minimumAnchorMissingReason: Reason<RetentionReasonCode>;
  readonly citation: Citation;
}

/** @internal */
export interface CompiledPolicy {
  readonly timeZone: string;
  readonly utc: boolean;
  readonly rules: readonly CompiledRule[];
  /** Candidate rules per category (explicit ones and the wildcards), most specific first. */
  readonly byCategory: ReadonlyMap<string, readonly CompiledRule[]>;
  /** Candidates for a category no rule names: the wildcard rules only. */
  readonly wildcard: readonly CompiledRule[];
  readonly holds: readonly CompiledHold[];
}

const COMPILED: unique symbol = Symbol('pledge.retention.compiled');

/** @internal The compiled form behind a policy, or a `ValidationError` naming `field`. */
export function compiledPolicyOf(policy: unknown, field = 'policy'): CompiledPolicy {
  const compiled =
    typeof policy === 'object' && policy !== null
      ? (policy as { [COMPILED]?: CompiledPolicy })[COMPILED]
      : undefined;
  if (compiled === undefined) {
    return invalidInput(
      { scope: SCOPE, field },
      'invalid_policy',
      'expected a policy built by defineRetentionPolicy',
    );
  }
  return compiled;
}

const policyInputSchema = z
  .object({
    rules: z.array(retentionRuleSchema).min(1).max(10_000),
    holds: z.array(legalHoldSchema).max(100_000).exactOptional(),
    timeZone: z.string().exactOptional(),
  })
  .strict();

/** @internal Splits a validated date duration into months and days. */
export function splitDuration(duration: string): { months: number; days: number } {
  const parsed = parseDuration(duration);
  return { months: parsed.years * 12 + parsed.months, days: parsed.weeks * 7 + parsed.days };
}

// Two years of anchors, every day: enough to meet every month length and the leap day, so a
// stage order that holds here holds for any anchor (month-end clamping repeats yearly).
const REFERENCE_START = epochDayOf(2023, 1, 1);
const REFERENCE_DAYS = 731;

/** @internal True when `a` never ends after `b`, whatever the anchor. */
export function neverLater(
  a: { months: number; days: number },
  b: { months: number; days: number },
): boolean {
  for (let day = REFERENCE_START; day < REFERENCE_START + REFERENCE_DAYS; day++) {
    if (shiftEpochDay(day, a.months, a.days) > shiftEpochDay(day, b.months, b.days)) return false;
  }
  return true;
}

function ruleIssue(
  rules: readonly unknown[],
  index: number,
  path: readonly (string | number)[],
  code: string,
  message: string,
): ValidationIssue {
  const id = (rules[index] as { id?: unknown } | undefined)?.id;
  const fullPath = ['rules', index, ...path];
  let field = `policy.rules[${index}]`;
  for (const segment of path) field += typeof segment === 'number' ? `[${segment}]` : `.${segment}`;
  return {
    field,
    path: ['policy', ...fullPath],
    code,
    message: isRuleId(id) ? `rule ${id}: ${message}` : message,
  };
}

/** Parses the policy; issues inside a rule also name the rule's id in their message. */
function parseNamingRules(input: unknown, rawRules: readonly unknown[]) {
  try {
    return parseInput(policyInputSchema, input, { scope: SCOPE, field: 'policy' });
  } catch (error) {
    if (!ValidationError.isInstance(error)) throw error;
    const issues = error.issues.map((issue) => {
      const [, group, index] = issue.path;
      const id =
        group === 'rules' && typeof index === 'number'
          ? (rawRules[index] as { id?: unknown } | undefined)?.id
          : undefined;
      return isRuleId(id) ? { ...issue, message: `rule ${id}: ${issue.message}` } : issue;
    });
    throw new ValidationError({ scope: SCOPE, issues, cause: error.cause });
  }
}

function compileRule(rule: RetentionRule, index: number): CompiledRule {
  const stages: CompiledStage[] = rule.stages.map((stage, stageIndex) => ({
    index: stageIndex,
    action: stage.action,
    after: stage.after,
    ...splitDuration(stage.after),
    destructive: isDestructiveAction(stage.action),
    dueReason: reason<RetentionReasonCode, Record<string, unknown>>(
      'STAGE_DUE',
      { ruleId: rule.id, stageIndex, action: stage.action, after: stage.after },
      rule.citation,
    ),
    reachedReason: reason<RetentionReasonCode, Record<string, unknown>>('STAGE_ALREADY_REACHED', {
      ruleId: rule.id,
      stageIndex,
      action: stage.action,
    }),
  }));
  const firstDestructive = stages.findIndex((stage) => stage.destructive);
  const minimums: CompiledMinimum[] = [];
  const addMinimum = (duration: string, source: 'minimum' | 'locked') =>
    minimums.push({
      duration,
      ...splitDuration(duration),
      source,
      retainReason: reason<RetentionReasonCode, Record<string, unknown>>(
        'RETENTION_BEATS_DELETION',
        { ruleId: rule.id, minimum: duration, source },
        rule.citation,
      ),
    });
  if (rule.minimum !== undefined) addMinimum(rule.minimum, 'minimum');
  const firstDestructiveStage = stages[firstDestructive];
  if (rule.locked === true && firstDestructiveStage !== undefined) {
    addMinimum(firstDestructiveStage.after, 'locked');
  }
  const category = rule.scope.category === '*' ? null : rule.scope.category;
  return {
    rule,
    id: rule.id,
    index,
    category,
    purpose: rule.scope.purpose,
    tenant: rule.scope.tenant,
    specificity:
      (category === null ? 0 : 1) +
      (rule.scope.purpose === undefined ? 0 : 1) +
      (rule.scope.tenant === undefined ? 0 : 1),
    event: rule.trigger.event,
    endOfYear: rule.trigger.anchor === 'end-of-calendar-year',
    stages,
    firstDestructive,
    minimums,
    maximum:
      rule.maximum === undefined
        ? null
        : { duration: rule.maximum, ...splitDuration(rule.maximum) },
    appliesReason: reason<RetentionReasonCode, Record<string, unknown>>(
      'RULE_APPLIES',
      { ruleId: rule.id, basis: rule.basis, event: rule.trigger.event },
      rule.citation,
    ),
    nothingDueReason: reason<RetentionReasonCode, Record<string, unknown>>('NOTHING_DUE_YET', {
      ruleId: rule.id,
    }),
    triggerMissingReason: reason<RetentionReasonCode, Record<string, unknown>>(
      'TRIGGER_EVENT_MISSING',
      { ruleId: rule.id, event: rule.trigger.event },
    ),
    minimumAnchorMissingReason: reason<RetentionReasonCode, Record<string, unknown>>(
      'MINIMUM_ANCHOR_MISSING',
      { ruleId: rule.id, event: rule.trigger.event },
      rule.citation,
    ),
    citation: rule.citation,
  };
}

function bySpecificity(a: CompiledRule, b: CompiledRule): number {
  return b.specificity - a.specificity || a.index - b.index;
}

/**
 * Validates and compiles a retention policy. Structural faults throw a `ValidationError`
 * naming the rule and the field (`policy.rules[2].stages[1].after`, message `rule logs: …`):
 * duplicate ids, durations with a time part, stages out of order. Contradictions between
 * rules (a locked maximum shorter than a legal minimum) are not faults of shape: the policy
 * is built and {@link lintRetentionPolicy} reports them.
 *
 * Semantics every engine function shares:
 * - A rule's anchor is the calendar date of its trigger event in `timeZone` (or 31 December of
 *   that year for `end-of-calendar-year`).
 * - A stage with `after: P` is due from the **start of the day after** anchor + P: the period
 *   runs through its last day, as Regulation 1182/71 Art. 3(2) counts periods. A log collected
 *   on 1 March (day 0) with `P14D` is kept through 15 March (day 14) and is due for deletion
 *   from 16 March 00:00 (day 15); at 15 March 23:59:59.999 it is not yet due.
 * - Month arithmetic uses the month-end rule (31 January + `P1M` = 28/29 February).
 *
 * @example
 * ```ts
 * const policy = defineRetentionPolicy({
 *   rules: [{
 *     id: 'server-logs',
 *     scope: { category: 'server-log' },
 *     basis: 'legitimate-interest',
 *     citation: { law: 'Website privacy statement', article: 'Server log files', confidence: 'unverified' },
 *     trigger: { event: 'collected' },
 *     stages: [{ after: 'P14D', action: 'delete' }],
 *   }],
 * });
 * ```
 */
export function defineRetentionPolicy(input: RetentionPolicyInput): RetentionPolicy {
  const rawRules = Array.isArray((input as { rules?: unknown } | null)?.rules)
    ? (input as { rules: readonly unknown[] }).rules
    : [];
  const parsed = parseNamingRules(input, rawRules);
  const timeZone = parsed.timeZone ?? 'UTC';
  if (!isTimeZone(timeZone)) {
    invalidInput(
      { scope: SCOPE, field: 'policy.timeZone' },
      'invalid_time_zone',
      'expected an IANA time zone name',
    );
  }
  const rules = parsed.rules as readonly RetentionRule[];
  const issues: ValidationIssue[] = [];
  const seen = new Map<string, number>();
  rules.forEach((rule, index) => {
    if (seen.has(rule.id)) {
      issues.push(ruleIssue(rawRules, index, ['id'], 'duplicate_id', 'duplicate rule id'));
    }
    seen.set(rule.id, index);
    for (let stage = 1; stage < rule.stages.length; stage++) {
      const before = rule.stages[stage - 1];
      const current = rule.stages[stage];
      if (
        before &&
        current &&
        !neverLater(splitDuration(before.after), splitDuration(current.after))
      ) {
        issues.push(
          ruleIssue(
            rawRules,
            index,
            ['stages', stage, 'after'],
            'stage_order',
            'expected stages in order: each after is at least the previous one',
          ),
        );
      }
    }
  });
  const holdIds = new Set<string>();
  (parsed.holds ?? []).forEach((hold, index) => {
    if (holdIds.has(hold.id)) {
      issues.push({
        field: `policy.holds[${index}].id`,
        path: ['policy', 'holds', index, 'id'],
        code: 'duplicate_id',
        message: 'duplicate hold id',
      });
    }
    holdIds.add(hold.id);
  });
  if (issues.length > 0) throw new ValidationError({ scope: SCOPE, issues });

  const compiledRules = rules.map(compileRule);
  const wildcard = compiledRules.filter((rule) => rule.category === null).sort(bySpecificity);
  const byCategory = new Map<string, CompiledRule[]>();
  for (const rule of compiledRules) {
    if (rule.category !== null && !byCategory.has(rule.category)) {
      byCategory.set(
        rule.category,
        compiledRules
          .filter(
            (candidate) => candidate.category === null || candidate.category === rule.category,
          )
          .sort(bySpecificity),
      );
    }
  }
  const holds = (parsed.holds ?? []) as readonly LegalHold[];
  const compiled: CompiledPolicy = Object.freeze({
    timeZone,
    utc: timeZone === 'UTC',
    rules: compiledRules,
    byCategory,
    wildcard,
    holds: holds.map(compileHold),
  });
  const policy: RetentionPolicy = { rules, holds, timeZone };
  Object.defineProperty(policy, COMPILED, { value: compiled, enumerable: false });
  return Object.freeze(policy);
}

/** @internal Compiled holds from a per-call list, validated at entry. */
export function compileExtraHolds(holds: unknown, field: string): readonly CompiledHold[] {
  if (holds === undefined) return [];
  const parsed = parseInput(z.array(legalHoldSchema).max(100_000), holds, { scope: SCOPE, field });
  return (parsed as readonly LegalHold[]).map(compileHold);
}
