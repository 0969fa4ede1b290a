import { type Citation, parseDuration } from '@pledge/core';
import { citationSchema, durationSchema } from '@pledge/core/schemas';
import { z } from 'zod';

/**
 * What a lifecycle stage asks the host to do. The engine never does it: it returns the action
 * and the host runs it (then records evidence with `recordAction`).
 *
 * - `notify`: warn the owner (e.g. one week before an account is frozen).
 * - `freeze`: suspend the account or data set; the owner may still restore it.
 * - `restrict`: keep but stop processing except storage (GDPR Art. 18 style).
 * - `anonymize`: irreversibly remove the link to a person. Destructive.
 * - `delete`: remove from live systems. Destructive.
 * - `isolate`: put beyond any further use where deletion is not yet possible (backups).
 * - `purge`: remove the last copy (backups, archives) irreversibly. Destructive.
 * - `review`: a person decides (e.g. German records at the end of their period, because the
 *   AO §147(3) tax hold can extend it).
 */
export type RetentionAction =
  | 'notify'
  | 'freeze'
  | 'restrict'
  | 'anonymize'
  | 'delete'
  | 'isolate'
  | 'purge'
  | 'review';

/** Every {@link RetentionAction}, in lifecycle order. */
export const RETENTION_ACTIONS = [
  'notify',
  'freeze',
  'restrict',
  'isolate',
  'review',
  'anonymize',
  'delete',
  'purge',
] as const satisfies readonly RetentionAction[];

/** Actions that destroy data or its link to a person; legal holds and minimums withhold them. */
export const DESTRUCTIVE_ACTIONS = [
  'anonymize',
  'delete',
  'purge',
] as const satisfies readonly RetentionAction[];

/** True for `anonymize`, `delete` and `purge`. */
export function isDestructiveAction(action: RetentionAction): boolean {
  return action === 'anonymize' || action === 'delete' || action === 'purge';
}

/**
 * The events a retention period can run from. The five standard ones are listed; any other
 * lower-case kebab-case name (`return-filed`, `contract-signed`) is a host event that the
 * record carries under the same key in `events`.
 */
export type RetentionEvent =
  | 'collected'
  | 'last-activity'
  | 'account-closed'
  | 'consent-withdrawn'
  | 'contract-ended'
  | (string & {});

/** The standard trigger events. */
export const STANDARD_RETENTION_EVENTS = [
  'collected',
  'last-activity',
  'account-closed',
  'consent-withdrawn',
  'contract-ended',
] as const;

/**
 * When a rule's clock starts.
 *
 * - `anchor: 'event'` (default): the calendar date of the event in the policy's time zone.
 * - `anchor: 'end-of-calendar-year'`: 31 December of that year, as German commercial and tax
 *   law count (HGB §257(5), AO §147(4): the period begins at the end of the calendar year in
 *   which the record arose).
 */
export interface RetentionTrigger {
  /** The event the period runs from; the record carries it in `events[event]`. */
  readonly event: RetentionEvent;
  /** Where the clock starts; default `event`. */
  readonly anchor?: 'event' | 'end-of-calendar-year';
}

/** One step of a lifecycle: `action` becomes due once `after` has fully elapsed from the anchor. */
export interface RetentionStage {
  /** ISO 8601 duration in whole days, weeks, months or years from the anchor (`P14D`, `P1M`). */
  readonly after: string;
  /** What the host must do. */
  readonly action: RetentionAction;
}

/**
 * Why the data is kept. `legal-obligation` rules (and legal holds, `legal-claims`) make an
 * erasure request partially completed under GDPR Art. 17(3)(b)/(e); `regulatory-limit` rules
 * are caps set by law or a regulator (CNIL cookie lifetimes); `organisational-policy` is a
 * promise the host made itself (seed policies).
 */
export type RetentionBasis =
  | 'legal-obligation'
  | 'legal-claims'
  | 'regulatory-limit'
  | 'contract'
  | 'consent'
  | 'legitimate-interest'
  | 'public-task'
  | 'vital-interests'
  | 'organisational-policy';

/** Every {@link RetentionBasis}. */
export const RETENTION_BASES = [
  'legal-obligation',
  'legal-claims',
  'regulatory-limit',
  'contract',
  'consent',
  'legitimate-interest',
  'public-task',
  'vital-interests',
  'organisational-policy',
] as const satisfies readonly RetentionBasis[];

/**
 * Which records a rule governs. `category` `*` matches every category (an implicit, catch-all
 * rule); each of `category`, `purpose` and `tenant` that is set makes the rule more explicit,
 * and a more explicit rule beats a less explicit one.
 */
export interface RetentionScope {
  /** Data category (`server-log`, `invoice`, `account`) or `*` for any. */
  readonly category: string;
  /** Processing purpose; when set, only records carrying this purpose match. */
  readonly purpose?: string;
  /** Tenant; when set, only this tenant's records match. */
  readonly tenant?: string;
}

/** A retention rule (DESIGN §4). */
export interface RetentionRule {
  /** Stable id, cited in decisions, SQL statements and evidence. */
  readonly id: string;
  /** Which records it governs. */
  readonly scope: RetentionScope;
  /** Why the data is kept. */
  readonly basis: RetentionBasis;
  /** The law or policy the rule comes from. */
  readonly citation: Citation;
  /** When the clock starts. */
  readonly trigger: RetentionTrigger;
  /** Ordered lifecycle; each stage's `after` is counted from the trigger anchor, not the previous stage. */
  readonly stages: readonly RetentionStage[];
  /**
   * Keep at least this long: no destructive action of *any* matching rule becomes due before
   * the minimum has elapsed ("retention beats deletion").
   */
  readonly minimum?: string;
  /** Keep at most this long: a destructive stage must be due by then (checked by the linter). */
  readonly maximum?: string;
  /**
   * A locked rule can only be lengthened (Purview's preservation lock): its first destructive
   * stage also acts as a minimum for every matching rule, and `lintRetentionPolicy` with
   * `previous` reports a locked rule that was shortened or removed.
   */
  readonly locked?: boolean;
  /** Free text for people reading the policy. Not interpreted. */
  readonly description?: string;
}

const RULE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/;
const EVENT_NAME = /^[a-z][a-z0-9-]{0,62}$/;

/** True for a duration in whole days, weeks, months or years (no time part). */
function isDateDuration(value: string): boolean {
  try {
    const parsed = parseDuration(value);
    return parsed.hours === 0 && parsed.minutes === 0 && parsed.seconds === 0;
  } catch {
    return false;
  }
}

const dateDurationSchema = durationSchema.refine(isDateDuration, {
  message: 'expected whole days, weeks, months or years (no time part)',
});

const labelSchema = z.string().min(1).max(200);

/** zod schema for {@link RetentionScope}. */
export const retentionScopeSchema: z.ZodType<RetentionScope> = z
  .object({
    category: labelSchema,
    purpose: labelSchema.exactOptional(),
    tenant: labelSchema.exactOptional(),
  })
  .strict();

/** zod schema for {@link RetentionTrigger}. */
export const retentionTriggerSchema: z.ZodType<RetentionTrigger> = z
  .object({
    event: z.string().regex(EVENT_NAME, { message: 'expected a kebab-case event name' }),
    anchor: z.enum(['event', 'end-of-calendar-year']).exactOptional(),
  })
  .strict();

/** zod schema for {@link RetentionStage}. */
export const retentionStageSchema: z.ZodType<RetentionStage> = z
  .object({ after: dateDurationSchema, action: z.enum(RETENTION_ACTIONS) })
  .strict();

/** zod schema for {@link RetentionRule}. */
export const retentionRuleSchema: z.ZodType<RetentionRule> = z
  .object({
    id: z.string().regex(RULE_ID, { message: 'expected a rule id of letters, digits, . _ : -' }),
    scope: retentionScopeSchema,
    basis: z.enum(RETENTION_BASES),
    citation: citationSchema,
    trigger: retentionTriggerSchema,
    stages: z.array(retentionStageSchema).min(1).max(32),
    minimum: dateDurationSchema.exactOptional(),
    maximum: dateDurationSchema.exactOptional(),
    locked: z.boolean().exactOptional(),
    description: z.string().max(2000).exactOptional(),
  })
  .strict();

/** True when `id` is shaped like a rule id (safe to name in an error message). */
export function isRuleId(id: unknown): id is string {
  return typeof id === 'string' && RULE_ID.test(id);
}
