import {
  type CalendarDate,
  calendarDateIn,
  type DateInput,
  type Decision,
  invalidInput,
  parseInstant,
  type Reason,
  reason,
  startOfDay,
} from '@pledge/core';
import {
  endOfYearEpochDay,
  epochDayOfDateText,
  formatEpochDay,
  MILLISECONDS_PER_DAY,
  shiftEpochDay,
} from './epoch-day.js';
import { type CompiledHold, holdCovers, isHoldActive, type LegalHold } from './legal-hold.js';
import type { RetentionReasonCode } from './reason-codes.js';
import {
  type CompiledPolicy,
  type CompiledRule,
  compiledPolicyOf,
  compileExtraHolds,
  type RetentionPolicy,
} from './retention-policy.js';
import { RETENTION_ACTIONS, type RetentionAction } from './retention-rule.js';

const SCOPE = '@pledge/retention';

/**
 * A record as the engine sees it: enough to find its rules and anchor its periods. Only ids and
 * dates; never the record's content.
 */
export interface RetentionRecord {
  /** The host's id of the record (row id, object key). */
  readonly id: string;
  /** Data category, matched against rule scopes. */
  readonly category: string;
  /** Processing purpose, for purpose-scoped rules. */
  readonly purpose?: string;
  /** Tenant, for tenant-scoped rules and holds. */
  readonly tenant?: string;
  /** Pseudonymous subject id, for subject holds and erasure exemptions. */
  readonly subject?: string;
  /**
   * When each trigger event happened, keyed by event name (`collected`, `last-activity`,
   * `account-closed`, `consent-withdrawn`, `contract-ended` or a host event). A `Date`, an ISO
   * date-time with a zone, or a calendar date `YYYY-MM-DD` (taken as that day in any zone).
   * `null` or absent: the event has not happened.
   */
  readonly events: Readonly<Record<string, DateInput | null | undefined>>;
  /**
   * The last action the host ran on this record. The stage with that action is done and not
   * returned again. A later trigger event (new activity) that moves the anchor back before
   * that stage restarts the lifecycle, so a reached stage counts only while it is still due.
   */
  readonly stageReached?: RetentionAction;
}

/** One scheduled action of a lifecycle. */
export interface RetentionStep {
  /** The rule the stage belongs to. */
  readonly ruleId: string;
  /** Position of the stage in the rule. */
  readonly stageIndex: number;
  /** What the host must do. */
  readonly action: RetentionAction;
  /** The first day the action is due (in the policy's zone). */
  readonly dueOn: CalendarDate;
  /** The first instant the action is due: the start of `dueOn` in the policy's zone. */
  readonly dueAt: Date;
}

/**
 * Outcome of {@link evaluateRetention}.
 *
 * - `due`: `action` is due now; the host runs it.
 * - `blocked`: a destructive action is due but a legal hold withholds it (`next` names it).
 * - `retained`: a destructive action is due by its rule but a minimum keeps the record until
 *   `keepUntil`; `next` says when it becomes due.
 * - `scheduled`: nothing to do now; `next` is the coming action (or `null`).
 * - `complete`: the last stage was done.
 * - `unknown`: no rule applies or its trigger event is missing: the host must decide (fail closed,
 *   nothing is ever deleted for an unknown record).
 */
export type RetentionOutcome =
  | 'due'
  | 'blocked'
  | 'retained'
  | 'scheduled'
  | 'complete'
  | 'unknown';

/** What a retention policy says about one record at one instant. */
export interface RetentionDecision extends Decision<RetentionOutcome, RetentionReasonCode> {
  /** The record's id. */
  readonly recordId: string;
  /** The rule that decided, or `null` when the outcome is `unknown`. */
  readonly ruleId: string | null;
  /** The current stage: the latest stage whose date has come, whether done or not. */
  readonly stage: RetentionStep | null;
  /** The action due now (only for outcome `due`). */
  readonly action: RetentionStep | null;
  /** The next action: the withheld one when blocked or retained, else the following stage. */
  readonly next: RetentionStep | null;
  /** The last day a minimum keeps the record, or `null` when no minimum applies. */
  readonly keepUntil: CalendarDate | null;
  /** Active legal holds covering the record. */
  readonly holdIds: readonly string[];
}

/** Options of {@link evaluateRetention}. */
export interface EvaluateRetentionOptions {
  /** The instant to evaluate at. Any instant: the engine is pure, so time travel works. */
  readonly at: DateInput;
  /** Holds in addition to the policy's (validated on every call; prefer the policy's for bulk). */
  readonly holds?: readonly LegalHold[];
}

/** A {@link RetentionDecision} whose `keepUntil` is formatted only when read. */
class Decided implements RetentionDecision {
  readonly outcome: RetentionOutcome;
  readonly reasons: readonly Reason<RetentionReasonCode>[];
  readonly recordId: string;
  readonly ruleId: string | null;
  readonly stage: RetentionStep | null;
  readonly action: RetentionStep | null;
  readonly next: RetentionStep | null;
  readonly holdIds: readonly string[];
  readonly #keepFrom: number;

  constructor(
    outcome: RetentionOutcome,
    reasons: readonly Reason<RetentionReasonCode>[],
    recordId: string,
    ruleId: string | null,
    stage: RetentionStep | null,
    action: RetentionStep | null,
    next: RetentionStep | null,
    keepFrom: number,
    holdIds: readonly string[],
  ) {
    this.outcome = outcome;
    this.reasons = reasons;
    this.recordId = recordId;
    this.ruleId = ruleId;
    this.stage = stage;
    this.action = action;
    this.next = next;
    this.#keepFrom = keepFrom;
    this.holdIds = holdIds;
  }

  get keepUntil(): CalendarDate | null {
    return Number.isFinite(this.#keepFrom) ? formatEpochDay(this.#keepFrom - 1) : null;
  }

  toJSON(): Record<string, unknown> {
    return {
      outcome: this.outcome,
      reasons: this.reasons,
      recordId: this.recordId,
      ruleId: this.ruleId,
      stage: this.stage,
      action: this.action,
      next: this.next,
      keepUntil: this.keepUntil,
      holdIds: this.holdIds,
    };
  }
}

/** `list` with `item` appended, creating the list on first use (most records need none). */
function appendTo<Item>(list: Item[] | undefined, item: Item): Item[] {
  if (list === undefined) return [item];
  list.push(item);
  return list;
}

/** A {@link RetentionStep} whose dates are formatted only when read. */
class ScheduledStep implements RetentionStep {
  readonly ruleId: string;
  readonly stageIndex: number;
  readonly action: RetentionAction;
  /** Days since 1970-01-01 of `dueOn`. */
  readonly dueDay: number;
  readonly #timeZone: string;

  constructor(
    ruleId: string,
    stageIndex: number,
    action: RetentionAction,
    dueDay: number,
    timeZone: string,
  ) {
    this.ruleId = ruleId;
    this.stageIndex = stageIndex;
    this.action = action;
    this.dueDay = dueDay;
    this.#timeZone = timeZone;
  }

  get dueOn(): CalendarDate {
    return formatEpochDay(this.dueDay);
  }

  get dueAt(): Date {
    return this.#timeZone === 'UTC'
      ? new Date(this.dueDay * MILLISECONDS_PER_DAY)
      : startOfDay(this.dueOn, this.#timeZone);
  }

  toJSON(): Omit<RetentionStep, 'dueAt'> & { dueAt: string } {
    return {
      ruleId: this.ruleId,
      stageIndex: this.stageIndex,
      action: this.action,
      dueOn: this.dueOn,
      dueAt: this.dueAt.toISOString(),
    };
  }
}

const ACTIONS: ReadonlySet<string> = new Set(RETENTION_ACTIONS);
// 0001-01-02T00:00Z and 9999-12-30T00:00Z: calendar arithmetic (here and in core) covers years
// 0001–9999, and a day of margin keeps the date in any time zone inside that range.
const FIRST_INSTANT = -62_135_510_400_000;
const LAST_INSTANT = 253_402_128_000_000;
const OPTIONAL_LABELS = ['purpose', 'tenant', 'subject'] as const;

/** @internal Hand-written record check (no zod in the hot path), naming the field. */
export function checkRecord(record: unknown, field: string): RetentionRecord {
  if (typeof record !== 'object' || record === null) {
    return invalidInput({ scope: SCOPE, field }, 'invalid_type', 'expected a record object');
  }
  const value = record as Record<string, unknown>;
  if (typeof value.id !== 'string' || value.id.length === 0) {
    invalidInput({ scope: SCOPE, field }, 'invalid_type', 'expected a non-empty string', ['id']);
  }
  if (typeof value.category !== 'string' || value.category.length === 0) {
    invalidInput({ scope: SCOPE, field }, 'invalid_type', 'expected a non-empty string', [
      'category',
    ]);
  }
  for (const key of OPTIONAL_LABELS) {
    const item = value[key];
    if (item !== undefined && typeof item !== 'string') {
      invalidInput({ scope: SCOPE, field }, 'invalid_type', 'expected a string', [key]);
    }
  }
  if (typeof value.events !== 'object' || value.events === null) {
    invalidInput({ scope: SCOPE, field }, 'invalid_type', 'expected an object of event dates', [
      'events',
    ]);
  }
  const reached = value.stageReached;
  if (reached !== undefined && (typeof reached !== 'string' || !ACTIONS.has(reached))) {
    invalidInput({ scope: SCOPE, field }, 'invalid_value', 'expected a retention action', [
      'stageReached',
    ]);
  }
  return record as RetentionRecord;
}

/** @internal The epoch day of an instant in the policy's zone. */
export function dayOfInstant(policy: CompiledPolicy, milliseconds: number): number {
  if (policy.utc) return Math.floor(milliseconds / MILLISECONDS_PER_DAY);
  return epochDayOfDateText(calendarDateIn(new Date(milliseconds), policy.timeZone));
}

/** @internal The calendar day of an event, or NaN when absent. */
export function eventDay(
  policy: CompiledPolicy,
  value: unknown,
  field: string,
  event: string,
): number {
  if (value === undefined || value === null) return Number.NaN;
  if (value instanceof Date) {
    const milliseconds = value.getTime();
    if (!(milliseconds >= FIRST_INSTANT && milliseconds <= LAST_INSTANT)) {
      invalidInput(
        { scope: SCOPE, field },
        'invalid_date',
        'expected a valid Date in years 0001–9999',
        ['events', event],
      );
    }
    return dayOfInstant(policy, milliseconds);
  }
  if (typeof value === 'string') {
    const day = epochDayOfDateText(value);
    if (!Number.isNaN(day)) return day;
    let instant: Date;
    try {
      instant = parseInstant(value);
    } catch {
      return invalidInput(
        { scope: SCOPE, field },
        'invalid_date',
        'expected a Date, an ISO 8601 date-time with a zone, or YYYY-MM-DD',
        ['events', event],
      );
    }
    if (!(instant.getTime() >= FIRST_INSTANT && instant.getTime() <= LAST_INSTANT)) {
      invalidInput({ scope: SCOPE, field }, 'invalid_date', 'expected a date in years 0001–9999', [
        'events',
        event,
      ]);
    }
    return dayOfInstant(policy, instant.getTime());
  }
  return invalidInput(
    { scope: SCOPE, field },
    'invalid_date',
    'expected a Date, an ISO 8601 date-time with a zone, or YYYY-MM-DD',
    ['events', event],
  );
}

/** @internal The anchor day of a rule for a record, or NaN when its event is missing. */
export function anchorDay(
  policy: CompiledPolicy,
  rule: CompiledRule,
  record: RetentionRecord,
  field: string,
): number {
  const day = eventDay(policy, record.events[rule.event], field, rule.event);
  return rule.endOfYear && !Number.isNaN(day) ? endOfYearEpochDay(day) : day;
}

/** @internal True when the rule's scope covers the record (the category is already matched). */
export function scopeMatches(rule: CompiledRule, record: RetentionRecord): boolean {
  return (
    (rule.purpose === undefined || rule.purpose === record.purpose) &&
    (rule.tenant === undefined || rule.tenant === record.tenant)
  );
}

/** @internal The first day the rule's first destructive stage is due (Infinity when none). */
export function destructiveDueDay(rule: CompiledRule, anchor: number): number {
  const stage = rule.stages[rule.firstDestructive];
  return stage === undefined
    ? Number.POSITIVE_INFINITY
    : shiftEpochDay(anchor, stage.months, stage.days) + 1;
}

/** @internal Reads `at` without copying a Date. */
export function readAt(at: unknown, field: string): number {
  if (at instanceof Date) {
    const milliseconds = at.getTime();
    if (milliseconds >= FIRST_INSTANT && milliseconds <= LAST_INSTANT) return milliseconds;
  }
  try {
    const milliseconds = parseInstant(at, field).getTime();
    if (milliseconds >= FIRST_INSTANT && milliseconds <= LAST_INSTANT) return milliseconds;
  } catch {
    // Reported below with this package's scope.
  }
  return invalidInput(
    { scope: SCOPE, field },
    'invalid_date',
    'expected a Date, an ISO 8601 date-time with Z or an offset, or a date YYYY-MM-DD, in years 0001–9999',
  );
}

function holdReason(hold: LegalHold): Reason<RetentionReasonCode> {
  const params = {
    holdId: hold.id,
    ...(hold.scope.dsrRequestId === undefined ? {} : { dsrRequestId: hold.scope.dsrRequestId }),
  };
  return reason<RetentionReasonCode, Record<string, unknown>>(
    'BLOCKED_BY_LEGAL_HOLD',
    params,
    hold.citation,
  );
}

const NO_MATCH = Object.freeze([
  reason<RetentionReasonCode, Record<string, unknown>>('NO_MATCHING_RULE', {}),
]);
const NO_HOLDS: readonly string[] = Object.freeze([]);

function collectHolds(
  holds: readonly CompiledHold[],
  record: RetentionRecord,
  atMs: number,
  into: CompiledHold[] | undefined,
): CompiledHold[] | undefined {
  let found = into;
  for (const hold of holds) {
    if (
      isHoldActive(hold, atMs) &&
      holdCovers(hold.hold.scope, record.category, record.subject, record.tenant)
    ) {
      found = appendTo(found, hold);
    }
  }
  return found;
}

/** The step for a stage, a destructive one postponed to the end of the longest minimum. */
function stepAfter(
  rule: CompiledRule,
  stageIndex: number,
  anchor: number,
  keepFrom: number,
  timeZone: string,
): ScheduledStep | null {
  const stage = rule.stages[stageIndex];
  if (stage === undefined) return null;
  let due = shiftEpochDay(anchor, stage.months, stage.days) + 1;
  if (stage.destructive && keepFrom > due) due = keepFrom;
  if (due === Number.POSITIVE_INFINITY) return null;
  return new ScheduledStep(rule.id, stageIndex, stage.action, due, timeZone);
}

/**
 * @internal The decision for a validated record; `atDay` is `atMs`'s calendar day in the
 * policy's zone.
 */
export function decide(
  policy: CompiledPolicy,
  record: RetentionRecord,
  atMs: number,
  atDay: number,
  extraHolds: readonly CompiledHold[],
  field: string,
): RetentionDecision {
  const candidates = policy.byCategory.get(record.category) ?? policy.wildcard;
  let matched = false;
  let chosen: CompiledRule | undefined;
  let chosenAnchor = 0;
  let chosenDestructive = 0;
  let keepFrom = Number.NEGATIVE_INFINITY;
  let keepReason: Reason<RetentionReasonCode> | undefined;
  let minimumRules: string[] | undefined;
  let overridden: string[] | undefined;
  let tied: string[] | undefined;
  let notes: Reason<RetentionReasonCode>[] | undefined;
  for (const rule of candidates) {
    if (!scopeMatches(rule, record)) continue;
    matched = true;
    const anchor = anchorDay(policy, rule, record, field);
    if (Number.isNaN(anchor)) {
      notes = appendTo(notes, rule.triggerMissingReason);
      if (rule.minimums.length > 0) {
        // Fail closed: a legal minimum whose start is unknown cannot be shown to have passed.
        keepFrom = Number.POSITIVE_INFINITY;
        keepReason = rule.minimumAnchorMissingReason;
        minimumRules = appendTo(minimumRules, rule.id);
      }
      continue;
    }
    for (const minimum of rule.minimums) {
      const from = shiftEpochDay(anchor, minimum.months, minimum.days) + 1;
      if (from > keepFrom) {
        keepFrom = from;
        keepReason = minimum.retainReason;
      }
      if (minimumRules === undefined) minimumRules = [rule.id];
      else if (!minimumRules.includes(rule.id)) minimumRules.push(rule.id);
    }
    if (chosen === undefined) {
      chosen = rule;
      chosenAnchor = anchor;
      chosenDestructive = destructiveDueDay(rule, anchor);
    } else if (rule.specificity < chosen.specificity) {
      overridden = appendTo(overridden, rule.id);
    } else {
      const destructive = destructiveDueDay(rule, anchor);
      if (destructive < chosenDestructive) {
        tied = appendTo(tied, chosen.id);
        chosen = rule;
        chosenAnchor = anchor;
        chosenDestructive = destructive;
      } else {
        tied = appendTo(tied, rule.id);
      }
    }
  }
  if (chosen === undefined) {
    return new Decided(
      'unknown',
      matched && notes ? notes : NO_MATCH,
      record.id,
      null,
      null,
      null,
      null,
      Number.NEGATIVE_INFINITY,
      NO_HOLDS,
    );
  }

  const stages = chosen.stages;
  let current = -1;
  let currentDue = 0;
  for (let index = stages.length - 1; index >= 0; index--) {
    const stage = stages[index] as (typeof stages)[number];
    const due = shiftEpochDay(chosenAnchor, stage.months, stage.days) + 1;
    if (due <= atDay) {
      current = index;
      currentDue = due;
      break;
    }
  }
  let holds = collectHolds(policy.holds, record, atMs, undefined);
  if (extraHolds.length > 0) holds = collectHolds(extraHolds, record, atMs, holds);

  const reasons: Reason<RetentionReasonCode>[] = [chosen.appliesReason];
  const timeZone = policy.timeZone;
  const ruleId = chosen.id;
  let outcome: RetentionOutcome;
  let stageStep: ScheduledStep | null = null;
  let action: ScheduledStep | null = null;
  let next: ScheduledStep | null;
  let stageReason: Reason<RetentionReasonCode> | undefined;
  const currentStage = stages[current];
  if (currentStage === undefined) {
    outcome = 'scheduled';
    next = stepAfter(chosen, 0, chosenAnchor, keepFrom, timeZone);
    stageReason = chosen.nothingDueReason;
  } else {
    stageStep = new ScheduledStep(ruleId, current, currentStage.action, currentDue, timeZone);
    if (record.stageReached === currentStage.action) {
      next = stepAfter(chosen, current + 1, chosenAnchor, keepFrom, timeZone);
      outcome = next === null && current === stages.length - 1 ? 'complete' : 'scheduled';
      stageReason = currentStage.reachedReason;
    } else if (currentStage.destructive && holds !== undefined) {
      outcome = 'blocked';
      next = stageStep;
      for (const hold of holds) reasons.push(holdReason(hold.hold));
    } else if (currentStage.destructive && keepFrom > atDay) {
      outcome = 'retained';
      next = stepAfter(chosen, current, chosenAnchor, keepFrom, timeZone);
    } else {
      outcome = 'due';
      action = stageStep;
      next = stepAfter(chosen, current + 1, chosenAnchor, keepFrom, timeZone);
      stageReason = currentStage.dueReason;
    }
  }
  if (outcome === 'retained' && keepReason !== undefined) reasons.push(keepReason);
  if (minimumRules !== undefined && minimumRules.length > 1) {
    reasons.push(
      reason<RetentionReasonCode, Record<string, unknown>>('LONGEST_MINIMUM_WINS', {
        ruleId: (keepReason?.params as { ruleId?: string } | undefined)?.ruleId ?? minimumRules[0],
        among: minimumRules,
      }),
    );
  }
  if (overridden !== undefined) {
    reasons.push(
      reason<RetentionReasonCode, Record<string, unknown>>('EXPLICIT_BEATS_IMPLICIT', {
        ruleId,
        over: overridden,
      }),
    );
  }
  if (tied !== undefined) {
    reasons.push(
      reason<RetentionReasonCode, Record<string, unknown>>('SHORTEST_DELETION_WINS', {
        ruleId,
        over: tied,
      }),
    );
  }
  if (stageReason !== undefined) reasons.push(stageReason);
  if (notes !== undefined) reasons.push(...notes);
  return new Decided(
    outcome,
    reasons,
    record.id,
    ruleId,
    stageStep,
    action,
    next,
    keepFrom,
    holds === undefined ? NO_HOLDS : holds.map((hold) => hold.hold.id),
  );
}

/**
 * Evaluates one record at one instant: the current stage, the action due now (if any), the
 * next action and its date, the rule that decided and why. Pure; pass any `at` to look back
 * or ahead.
 *
 * A stage with `after: P` is due from the start of the day after anchor + P (see
 * {@link defineRetentionPolicy}). When several rules match, precedence applies in this order and
 * each step that changed the answer is reported: a legal hold blocks destruction
 * (`BLOCKED_BY_LEGAL_HOLD`) → a minimum beats deletion (`RETENTION_BEATS_DELETION`) → the
 * longest minimum wins (`LONGEST_MINIMUM_WINS`) → a more explicit scope beats a broader one
 * (`EXPLICIT_BEATS_IMPLICIT`) → among equally explicit rules the earliest deletion wins
 * (`SHORTEST_DELETION_WINS`; then the earlier rule).
 *
 * @example
 * ```ts
 * const decision = evaluateRetention(policy, {
 *   id: 'log-1', category: 'server-log', events: { collected: '2026-03-01T10:00:00Z' },
 * }, { at: '2026-03-16T00:00:00Z' });
 * decision.outcome; // 'due'
 * decision.action?.action; // 'delete'
 * ```
 */
export function evaluateRetention(
  policy: RetentionPolicy,
  record: RetentionRecord,
  options: EvaluateRetentionOptions,
): RetentionDecision {
  const compiled = compiledPolicyOf(policy);
  const checked = checkRecord(record, 'record');
  if (typeof options !== 'object' || options === null) {
    invalidInput({ scope: SCOPE, field: 'options' }, 'invalid_type', 'expected { at }');
  }
  const atMs = readAt(options.at, 'options.at');
  const extra =
    options.holds === undefined ? [] : compileExtraHolds(options.holds, 'options.holds');
  return decide(compiled, checked, atMs, dayOfInstant(compiled, atMs), extra, 'record');
}
