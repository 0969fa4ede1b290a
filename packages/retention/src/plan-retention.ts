import { type DateInput, invalidInput, type Reason } from '@pledge/core';
import {
  checkRecord,
  dayOfInstant,
  decide,
  type RetentionOutcome,
  type RetentionRecord,
  type RetentionStep,
  readAt,
} from './evaluate-retention.js';
import type { CompiledHold, LegalHold } from './legal-hold.js';
import type { RetentionReasonCode } from './reason-codes.js';
import {
  type CompiledPolicy,
  compiledPolicyOf,
  compileExtraHolds,
  type RetentionPolicy,
} from './retention-policy.js';

const SCOPE = '@pledge/retention';

/**
 * How a plan is meant to be used.
 *
 * - `live`: yields the actions due now; the host runs them and records evidence.
 * - `shadow`: yields what a live run would do *and* the destructive actions that holds or
 *   minimums withhold, every item marked `shadow: true`; the host MUST NOT run them. Use it to
 *   trial a new policy against production data.
 */
export type RetentionPlanMode = 'live' | 'shadow';

/** Options of {@link planRetention}. */
export interface PlanRetentionOptions {
  /** The instant to plan for. */
  readonly at: DateInput;
  /** `live` (default) or `shadow`. */
  readonly mode?: RetentionPlanMode;
  /** Holds in addition to the policy's, validated once for the whole plan. */
  readonly holds?: readonly LegalHold[];
}

/** One planned action for one record. */
export interface PlannedRetentionAction {
  /** The record's id. */
  readonly recordId: string;
  /** `due`, or (shadow mode only) `blocked` / `retained`. */
  readonly outcome: Extract<RetentionOutcome, 'due' | 'blocked' | 'retained'>;
  /** The action, its rule, stage and due date (for a withheld one, when it would be due). */
  readonly step: RetentionStep;
  /** True in shadow mode: report, do not act. */
  readonly shadow: boolean;
  /** Why, as in {@link evaluateRetention}. */
  readonly reasons: readonly Reason<RetentionReasonCode>[];
}

/**
 * Streams the actions due over a stream of records, in constant memory: each record is
 * evaluated as it arrives and dropped. Records may come from any `Iterable` or `AsyncIterable`
 * (a database cursor, a paginated API).
 *
 * @example
 * ```ts
 * for await (const planned of planRetention(policy, cursor, { at: clock.now() })) {
 *   await runAction(planned.step.action, planned.recordId);
 * }
 * ```
 */
export function planRetention(
  policy: RetentionPolicy,
  records: AsyncIterable<RetentionRecord> | Iterable<RetentionRecord>,
  options: PlanRetentionOptions,
): AsyncGenerator<PlannedRetentionAction, void, undefined> {
  const compiled = compiledPolicyOf(policy);
  const iterable = records as {
    [Symbol.asyncIterator]?: unknown;
    [Symbol.iterator]?: unknown;
  } | null;
  if (
    typeof iterable?.[Symbol.asyncIterator] !== 'function' &&
    typeof iterable?.[Symbol.iterator] !== 'function'
  ) {
    invalidInput(
      { scope: SCOPE, field: 'records' },
      'invalid_type',
      'expected an iterable of records',
    );
  }
  if (typeof options !== 'object' || options === null) {
    invalidInput({ scope: SCOPE, field: 'options' }, 'invalid_type', 'expected { at }');
  }
  const mode = options.mode ?? 'live';
  if (mode !== 'live' && mode !== 'shadow') {
    invalidInput(
      { scope: SCOPE, field: 'options.mode' },
      'invalid_value',
      'expected one of live | shadow',
    );
  }
  const atMs = readAt(options.at, 'options.at');
  const atDay = dayOfInstant(compiled, atMs);
  const extra = compileExtraHolds(options.holds, 'options.holds');
  // Validated above, before the first record is read, so a bad call throws at once.
  return stream(compiled, records, atMs, atDay, extra, mode === 'shadow');
}

async function* stream(
  compiled: CompiledPolicy,
  records: AsyncIterable<RetentionRecord> | Iterable<RetentionRecord>,
  atMs: number,
  atDay: number,
  extra: readonly CompiledHold[],
  shadow: boolean,
): AsyncGenerator<PlannedRetentionAction, void, undefined> {
  let index = 0;
  for await (const record of records) {
    const field = `records[${index}]`;
    const decision = decide(compiled, checkRecord(record, field), atMs, atDay, extra, field);
    index++;
    if (decision.outcome === 'due' && decision.action !== null) {
      yield {
        recordId: decision.recordId,
        outcome: 'due',
        step: decision.action,
        shadow,
        reasons: decision.reasons,
      };
    } else if (
      shadow &&
      (decision.outcome === 'blocked' || decision.outcome === 'retained') &&
      decision.stage !== null
    ) {
      yield {
        recordId: decision.recordId,
        outcome: decision.outcome,
        step: decision.next ?? decision.stage,
        shadow,
        reasons: decision.reasons,
      };
    }
  }
}
