/**
 * Reason codes of retention decisions, in the order they can appear.
 *
 * - `NO_MATCHING_RULE`: no rule covers the record's category, purpose and tenant (fail closed:
 *   nothing is due, and the host must decide).
 * - `TRIGGER_EVENT_MISSING`: a matching rule cannot run because the record lacks its event.
 * - `RULE_APPLIES`: the rule that decided, with its citation.
 * - `BLOCKED_BY_LEGAL_HOLD`: precedence 1, a hold withholds a destructive action.
 * - `RETENTION_BEATS_DELETION`: precedence 2, a minimum (or a locked rule) withholds it.
 * - `MINIMUM_ANCHOR_MISSING`: a minimum cannot be computed because its event is missing; the
 *   record is kept (fail closed).
 * - `LONGEST_MINIMUM_WINS`: precedence 3, several minimums apply; the longest sets `keepUntil`.
 * - `EXPLICIT_BEATS_IMPLICIT`: precedence 4, a more specific rule overrode a broader one.
 * - `SHORTEST_DELETION_WINS`: precedence 5, equally specific rules; the earliest deletion wins.
 * - `STAGE_DUE`: the current stage is due and not yet done.
 * - `STAGE_ALREADY_REACHED`: the current stage was done (`stageReached`).
 * - `NOTHING_DUE_YET`: the first stage is still in the future.
 * - `LIFECYCLE_COMPLETE`: the last stage was done.
 */
export type RetentionReasonCode =
  | 'NO_MATCHING_RULE'
  | 'TRIGGER_EVENT_MISSING'
  | 'RULE_APPLIES'
  | 'BLOCKED_BY_LEGAL_HOLD'
  | 'RETENTION_BEATS_DELETION'
  | 'MINIMUM_ANCHOR_MISSING'
  | 'LONGEST_MINIMUM_WINS'
  | 'EXPLICIT_BEATS_IMPLICIT'
  | 'SHORTEST_DELETION_WINS'
  | 'STAGE_DUE'
  | 'STAGE_ALREADY_REACHED'
  | 'NOTHING_DUE_YET'
  | 'LIFECYCLE_COMPLETE';
