import {
  type CalendarDate,
  type Citation,
  type DateInput,
  invalidInput,
  type Reason,
  reason,
} from '@pledge/core';
import { formatEpochDay, shiftEpochDay } from './epoch-day.js';
import {
  anchorDay,
  checkRecord,
  dayOfInstant,
  type RetentionRecord,
  readAt,
  scopeMatches,
} from './evaluate-retention.js';
import { holdCovers, isHoldActive, type LegalHold } from './legal-hold.js';
import type { RetentionReasonCode } from './reason-codes.js';
import { compiledPolicyOf, compileExtraHolds, type RetentionPolicy } from './retention-policy.js';
import { GDPR_ART_17_3_B, GDPR_ART_17_3_E } from './rules/gdpr-erasure-exemptions.js';

const SCOPE = '@pledge/retention';

/**
 * Data an erasure request must leave in place, and why. Structurally the `Exemption` of the
 * `ExemptionSource` port that `@pledge/dsr` defines (DESIGN §3); retention does not import DSR.
 * The host MUST restrict the kept data to the exempt purpose (`restrict: true`).
 */
export interface ErasureExemption {
  /** Data category kept. */
  readonly category: string;
  /** The records kept. */
  readonly recordIds: readonly string[];
  /** `legal-obligation` (Art. 17(3)(b)) or `legal-claims` (Art. 17(3)(e): a hold or a legal-claims rule). */
  readonly basis: 'legal-obligation' | 'legal-claims';
  /** The GDPR ground for not erasing. */
  readonly ground: Citation;
  /** The law that requires keeping (the rule's citation, or the hold's when it has one). */
  readonly citation: Citation;
  /** The rule that keeps the data, when a rule does. */
  readonly ruleId?: string;
  /** The hold that keeps the data, when a hold does. */
  readonly holdId?: string;
  /** Last day of the obligation (the latest across the records); `null` for a hold or an unknown end. */
  readonly keepUntil: CalendarDate | null;
  /** Always true: kept data may only be processed for the exempt purpose. */
  readonly restrict: true;
}

/**
 * What an erasure request can do with a subject's records.
 *
 * - `none-kept`: everything may be erased.
 * - `partial`: some records are exempt; the request is partially completed.
 * - `all-kept`: every record is exempt.
 */
export type ErasureExemptionOutcome = 'none-kept' | 'partial' | 'all-kept';

/** Result of {@link retentionExemptions}. */
export interface RetentionExemptionResult {
  /** Whether the erasure is complete, partial or blocked. */
  readonly outcome: ErasureExemptionOutcome;
  /** What is kept, grouped by category and by the rule or hold that keeps it. */
  readonly kept: readonly ErasureExemption[];
  /** Records that may be erased now. */
  readonly erasableRecordIds: readonly string[];
  /** One reason per exemption (`RETENTION_BEATS_DELETION` or `BLOCKED_BY_LEGAL_HOLD`). */
  readonly reasons: readonly Reason<RetentionReasonCode>[];
}

/** Input of {@link retentionExemptions}. */
export interface RetentionExemptionQuery {
  /** Pseudonymous id of the subject asking for erasure. */
  readonly subject: string;
  /** The subject's records; records naming another subject are ignored. */
  readonly records: Iterable<RetentionRecord>;
  /** When the erasure is carried out. */
  readonly at: DateInput;
  /** Holds in addition to the policy's. */
  readonly holds?: readonly LegalHold[];
}

/**
 * The `ExemptionSource` for erasure requests (DESIGN §3): which of a subject's records must be
 * kept, because an active legal hold covers them (GDPR Art. 17(3)(e)), a `legal-obligation`
 * rule's minimum still runs (Art. 17(3)(b)) or a `legal-claims` rule's does (Art. 17(3)(e)),
 * with the law that requires it. Everything else is
 * erasable. A legal-obligation rule whose trigger event is missing keeps the record (its end
 * cannot be shown to have passed).
 *
 * @example
 * ```ts
 * const result = retentionExemptions(policy, { subject: 'p-1', records, at: '2026-06-01' });
 * result.outcome; // 'partial': the invoice stays, cited to HGB §257 / AO §147
 * ```
 */
export function retentionExemptions(
  policy: RetentionPolicy,
  query: RetentionExemptionQuery,
): RetentionExemptionResult {
  const compiled = compiledPolicyOf(policy);
  if (typeof query !== 'object' || query === null) {
    invalidInput(
      { scope: SCOPE, field: 'query' },
      'invalid_type',
      'expected { subject, records, at }',
    );
  }
  if (typeof query.subject !== 'string' || query.subject.length === 0) {
    invalidInput(
      { scope: SCOPE, field: 'query.subject' },
      'invalid_type',
      'expected a non-empty string',
    );
  }
  if (
    typeof (query.records as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !==
    'function'
  ) {
    invalidInput(
      { scope: SCOPE, field: 'query.records' },
      'invalid_type',
      'expected an iterable of records',
    );
  }
  const atMs = readAt(query.at, 'query.at');
  const atDay = dayOfInstant(compiled, atMs);
  const holds = [...compiled.holds, ...compileExtraHolds(query.holds, 'query.holds')].filter(
    (hold) => isHoldActive(hold, atMs),
  );
  const groups = new Map<string, { exemption: ErasureExemption; ids: string[]; until: number }>();
  const erasable: string[] = [];
  const keep = (key: string, make: () => ErasureExemption, id: string, until: number) => {
    let group = groups.get(key);
    if (group === undefined) {
      group = { exemption: make(), ids: [], until };
      groups.set(key, group);
    }
    if (!group.ids.includes(id)) group.ids.push(id);
    group.until = Math.max(group.until, until);
  };
  let index = 0;
  for (const raw of query.records) {
    const field = `query.records[${index}]`;
    const record = checkRecord(raw, field);
    index++;
    if (record.subject !== undefined && record.subject !== query.subject) continue;
    let kept = false;
    const covered = { ...record, subject: query.subject };
    for (const hold of holds) {
      if (!holdCovers(hold.hold.scope, covered.category, covered.subject, covered.tenant)) continue;
      kept = true;
      keep(
        `hold:${hold.hold.id}:${record.category}`,
        () => ({
          category: record.category,
          recordIds: [],
          basis: 'legal-claims',
          ground: GDPR_ART_17_3_E,
          citation: hold.hold.citation ?? GDPR_ART_17_3_E,
          holdId: hold.hold.id,
          keepUntil: null,
          restrict: true,
        }),
        record.id,
        Number.NEGATIVE_INFINITY,
      );
    }
    const candidates = compiled.byCategory.get(record.category) ?? compiled.wildcard;
    for (const rule of candidates) {
      const basis = rule.rule.basis;
      if ((basis !== 'legal-obligation' && basis !== 'legal-claims') || rule.minimums.length === 0)
        continue;
      if (!scopeMatches(rule, record)) continue;
      const anchor = anchorDay(compiled, rule, record, field);
      let keepFrom = Number.NEGATIVE_INFINITY;
      if (Number.isNaN(anchor)) keepFrom = Number.POSITIVE_INFINITY;
      else {
        for (const minimum of rule.minimums) {
          keepFrom = Math.max(keepFrom, shiftEpochDay(anchor, minimum.months, minimum.days) + 1);
        }
      }
      if (keepFrom <= atDay) continue;
      kept = true;
      keep(
        `rule:${rule.id}:${record.category}`,
        () => ({
          category: record.category,
          recordIds: [],
          basis,
          ground: basis === 'legal-obligation' ? GDPR_ART_17_3_B : GDPR_ART_17_3_E,
          citation: rule.citation,
          ruleId: rule.id,
          keepUntil: null,
          restrict: true,
        }),
        record.id,
        keepFrom,
      );
    }
    if (!kept) erasable.push(record.id);
  }
  const kept: ErasureExemption[] = [];
  const reasons: Reason<RetentionReasonCode>[] = [];
  for (const group of groups.values()) {
    const finite = Number.isFinite(group.until);
    const exemption: ErasureExemption = {
      ...group.exemption,
      recordIds: group.ids,
      keepUntil: finite ? formatEpochDay(group.until - 1) : null,
    };
    kept.push(exemption);
    reasons.push(
      exemption.holdId === undefined
        ? reason<RetentionReasonCode, Record<string, unknown>>(
            'RETENTION_BEATS_DELETION',
            {
              ruleId: exemption.ruleId,
              category: exemption.category,
              ground: exemption.ground.article,
            },
            exemption.citation,
          )
        : reason<RetentionReasonCode, Record<string, unknown>>(
            'BLOCKED_BY_LEGAL_HOLD',
            {
              holdId: exemption.holdId,
              category: exemption.category,
              ground: GDPR_ART_17_3_E.article,
            },
            exemption.citation,
          ),
    );
  }
  const outcome: ErasureExemptionOutcome =
    kept.length === 0 ? 'none-kept' : erasable.length === 0 ? 'all-kept' : 'partial';
  return { outcome, kept, erasableRecordIds: erasable, reasons };
}
