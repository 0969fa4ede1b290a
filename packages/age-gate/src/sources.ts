/**
 * `@pledge/age-gate/sources`: where every row of the age table comes from.
 *
 * The main entry carries each row's short title (`LOPDGDD`), article, confidence and dates,
 * which is what a decision cites; this entry adds the law's full title, the source URL seen and
 * the note on disagreements, dates not seen and scope limits. A browser app that only gates
 * ages does not need it; a server that keeps decisions as evidence, a privacy page or an audit
 * does.
 *
 * - {@link ageRules} and {@link pendingAgeRules}: the full table, for display and audit.
 * - {@link ageRuleSource} and {@link ageRuleNotes}: one row's source, or every note.
 * - {@link withAgeSources}: a decision with full title, URL and note on every citation.
 *
 * @module @pledge/age-gate/sources
 */
import { type Citation, invalidInput, isRecord, type Reason } from '@pledge/core';
import { SCOPE } from './age-query.js';
import type { AgeRule, PendingAgeRule } from './age-rule.js';
import type { AgeDecision } from './check-age.js';
import type { ChildDataDecision } from './child-data-discovered.js';
import { AGE_RULE_SOURCES } from './rules/age-rule-sources.js';
import { AGE_RULES } from './rules/age-thresholds.js';
import { PENDING_AGE_RULES } from './rules/pending-legislation.js';

/** Where one row of the age table comes from. */
export interface AgeRuleSource {
  /**
   * The law's full title, where the table cites it by a short one (`LOPDGDD` →
   * `Ley Orgánica 3/2018 (LOPDGDD)`); absent where the short title is the full one.
   */
  readonly law?: string;
  /** The source seen (statute, regulator, tracker); absent where none is linked. */
  readonly url?: string;
  /** Disagreements between sources, dates not seen, scope limits. */
  readonly note?: string;
}

function withSource(citation: Citation, id: unknown): Citation {
  const source = typeof id === 'string' ? AGE_RULE_SOURCES[id] : undefined;
  return source === undefined ? citation : { ...citation, ...source };
}

function sourced<Row extends { readonly id: string; readonly citation: Citation }>(row: Row): Row {
  return { ...row, citation: withSource(row.citation, row.id) };
}

/**
 * The bundled age table, every row with its id, dates, status and full citation: the law's
 * full title, article, confidence, and the source URL and note.
 *
 * @example
 * ```ts
 * ageRules().find((row) => row.id === 'DK:information-society-service:15:2024-01-01')?.citation.url;
 * ```
 */
export function ageRules(): readonly AgeRule[] {
  return AGE_RULES.map(sourced);
}

/**
 * Proposals that would change a threshold but have no commencement date yet, with their
 * sources. `checkAge` never applies them; it reports them as `LEGISLATION_PENDING`.
 *
 * @example
 * ```ts
 * pendingAgeRules().map((bill) => bill.id); // ['ES:information-society-service:16:pending', …]
 * ```
 */
export function pendingAgeRules(): readonly PendingAgeRule[] {
  return PENDING_AGE_RULES.map(sourced);
}

/**
 * The source of one row by id (`AgeRule.id`, `PendingAgeRule.id`, or the `rule` param of a
 * decision's reason), or `undefined` for an id the table does not know.
 *
 * @example
 * ```ts
 * const decision = checkAge({ jurisdiction: 'FR', at: '2026-06-01', age: 14 });
 * ageRuleSource(String(decision.reasons[0]?.params.rule))?.note; // 'Joint consent of minor and parent. …'
 * ```
 */
export function ageRuleSource(id: string): AgeRuleSource | undefined {
  if (typeof id !== 'string') {
    invalidInput({ scope: SCOPE, field: 'id' }, 'invalid_type', 'expected a row id string');
  }
  return Object.hasOwn(AGE_RULE_SOURCES, id) ? AGE_RULE_SOURCES[id] : undefined;
}

/**
 * The source notes of the table by row id: disagreements between sources, dates not seen,
 * scope limits.
 *
 * @example
 * ```ts
 * ageRuleNotes()['DK:information-society-service:15:2024-01-01']; // 'Transitional § 3(2): …'
 * ```
 */
export function ageRuleNotes(): Readonly<Record<string, string>> {
  const notes: Record<string, string> = {};
  for (const [id, source] of Object.entries(AGE_RULE_SOURCES)) {
    if (source.note !== undefined) notes[id] = source.note;
  }
  return notes;
}

// The shape withAgeSources reads: reasons with params, optional citations, actions.
function isDecision(value: unknown): value is AgeDecision | ChildDataDecision {
  if (!isRecord(value) || !Array.isArray(value.reasons) || !Array.isArray(value.actions)) {
    return false;
  }
  const citations = [value.citation, ...value.reasons.map((entry) => entry?.citation)];
  return (
    value.reasons.every((entry) => isRecord(entry) && isRecord(entry.params)) &&
    value.actions.every(isRecord) &&
    citations.every((citation) => citation === undefined || isRecord(citation)) &&
    (!('age' in value) || (isDecision(value.age) && !('age' in value.age)))
  );
}

function reasonsWithSources<Code extends string>(reasons: readonly Reason<Code>[]): Reason<Code>[] {
  return reasons.map((entry) =>
    entry.citation === undefined
      ? entry
      : { ...entry, citation: withSource(entry.citation, entry.params.rule) },
  );
}

function ageDecisionWithSources(decision: AgeDecision): AgeDecision {
  return {
    ...decision,
    reasons: reasonsWithSources(decision.reasons),
    ...(decision.citation === undefined
      ? {}
      : { citation: withSource(decision.citation, decision.rule) }),
    actions: decision.actions.map((action) =>
      action.type === 'require-guardian-consent'
        ? { ...action, citation: withSource(action.citation, decision.rule) }
        : action,
    ),
  };
}

/**
 * A copy of a decision of `checkAge` or `childDataDiscovered` in which every citation that
 * rests on a table row (found by the reason's `params.rule` or the decision's `rule`) carries
 * the law's full title and the row's source URL and note. Use it where decisions are kept as
 * evidence or shown with
 * their sources; the decision itself is unchanged.
 *
 * @example
 * ```ts
 * const decision = withAgeSources(checkAge({ jurisdiction: 'DE', at: '2026-06-01', age: 15 }));
 * decision.citation?.url; // the source of the binding row, where one is linked
 * ```
 */
export function withAgeSources(decision: AgeDecision): AgeDecision;
/** A child-data decision with sources on its reasons, its age decision and its erasure. */
export function withAgeSources(decision: ChildDataDecision): ChildDataDecision;
export function withAgeSources(
  decision: AgeDecision | ChildDataDecision,
): AgeDecision | ChildDataDecision {
  if (!isDecision(decision)) {
    invalidInput(
      { scope: SCOPE, field: 'decision' },
      'invalid_type',
      'expected a decision of checkAge or childDataDiscovered',
    );
  }
  if (!('age' in decision)) return ageDecisionWithSources(decision);
  const child: ChildDataDecision = decision;
  const age = ageDecisionWithSources(child.age);
  return {
    ...child,
    reasons: reasonsWithSources(child.reasons),
    age,
    actions: child.actions.map((action) =>
      age.citation === undefined ? action : { ...action, citation: age.citation },
    ),
  };
}
