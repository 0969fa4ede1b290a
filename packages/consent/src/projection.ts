import type { Citation, Reason } from '@pledge/core';
import type { ConsentDecision, ConsentReasonCode } from './consent-decision.js';
import { GDPR_CITATIONS } from './consent-decision.js';
import type { ActorType, ConsentEventBody, ConsentState } from './consent-event.js';
import type { CompiledPolicyVersion } from './policy.js';
import type { PurposeDefinition } from './purpose.js';
import type { ConsentModel } from './rules/consent-models.js';

// The in-process projection of a tenant's chain: per subject, the events that decide `check`
// (choices, signals, guardian requirements, erasure), so it answers for any instant without
// the store.
//
// The layout is sized for millions of subjects (issue 12: 1M subjects × 4 purposes under
// 400 MB), so a subject costs about one map entry, one small timeline object and one record
// per event:
// - one record per choice event, not one object per purpose: the purposes' states are a short
//   code string shared (interned) by every event that says the same;
// - repeated strings (policy versions, jurisdictions, actor types) are interned per tenant;
// - a subject with one event holds the record itself, not an array of one;
// - the stored `recordedAt` string is kept only when it cannot be rebuilt from `recordedMs`;
// - the decision cache is allocated on the first cacheable check, as one flat array with four
//   slots per declared purpose (undeclared purpose ids are not cached, so made-up ids cannot
//   grow it).

/**
 * What a choice event said per declared purpose, one character per purpose in declaration
 * order: `-` not named, `g` granted, `d` denied, `w` withdrawn, `x` a value that is none of
 * these (a foreign writer's). Upper case when the event gave that purpose an expiry.
 */
type StateCodes = string;

const NOT_NAMED = '-';
const CODE_OF_STATE: Readonly<Record<string, string>> = {
  granted: 'g',
  denied: 'd',
  withdrawn: 'w',
};
/** A stored state the ledger does not write: it matches no comparison, as before. */
type RecordedState = ConsentState | 'unrecognised';
const STATE_OF_CODE: Readonly<Record<string, RecordedState>> = {
  g: 'granted',
  d: 'denied',
  w: 'withdrawn',
  x: 'unrecognised',
};

interface ChoiceRecord {
  readonly kind: 'choice';
  readonly eventId: string;
  /** When the event counts from: its stamp, or its predecessor's instant if that is later. */
  readonly recordedMs: number;
  /** The stored stamp; undefined until needed when it is `recordedMs` in ISO form. */
  recordedAt: string | undefined;
  readonly states: StateCodes;
  readonly policyVersion: string;
  readonly jurisdiction: string;
  readonly actorType: ActorType;
  readonly overridesSignal: boolean;
  /**
   * Expiry of the purposes coded upper case: one instant when they share it (the usual case,
   * one lifetime or one effective instant), else one per declared purpose.
   */
  readonly expiresMs: number | readonly number[] | undefined;
}

interface SignalRecord {
  readonly kind: 'signal';
  readonly recordedMs: number;
  readonly signal: 'gpc' | 'dnt';
  readonly present: boolean;
  readonly jurisdiction: string;
}

interface GuardianRecord {
  readonly kind: 'guardian-requirement';
  readonly recordedMs: number;
  readonly required: boolean;
  readonly untilMs: number;
  readonly citation: Citation | undefined;
}

/** An erasure, or an event of a kind this version does not know (it still moves the clock). */
interface MarkerRecord {
  readonly kind: 'subject-forgotten' | 'unknown';
  readonly recordedMs: number;
}

type TimelineRecord = ChoiceRecord | SignalRecord | GuardianRecord | MarkerRecord;

const DAY_MS = 86_400_000;

/**
 * A subject's cached decisions, four slots per declared purpose: the decision, then the
 * window it holds for as a UTC day and millisecond offsets into that day. One flat array
 * because a cached check is bound by memory latency, and every object between the subject
 * and its decision costs a cache miss; small integers (unlike epoch milliseconds) are stored
 * inline rather than as boxed heap numbers.
 */
type DecisionCache = (ConsentDecision | number | undefined)[];
const SLOTS = 4;
const DECISION = 0;
const DAY = 1;
const FROM = 2;
const UNTIL = 3;

/** One subject's timeline inside a tenant projection. */
export interface SubjectTimeline {
  /** The subject's events in chain order: none, one, or an array of several. */
  events: TimelineRecord | TimelineRecord[] | undefined;
  /** Allocated on the first cacheable check; dropped when an event arrives. */
  cache: DecisionCache | undefined;
}

/** A tenant's projection: how far it has read the chain, and every subject's timeline. */
export interface TenantProjection {
  lastSeq: number;
  lastHash: string;
  readonly byRef: Map<string, SubjectTimeline>;
  /** Subject identifiers the host used, to their timeline (in process only, never stored). */
  readonly bySubject: Map<string, SubjectTimeline>;
  /** One copy of each repeated string (state codes, policy versions, jurisdictions, actors). */
  readonly interned: Map<string, string>;
}

/** A new, empty timeline. */
export function createTimeline(): SubjectTimeline {
  return { events: undefined, cache: undefined };
}

function intern(projection: TenantProjection, value: string): string {
  const known = projection.interned.get(value);
  if (known !== undefined) return known;
  projection.interned.set(value, value);
  return value;
}

function lastRecord(timeline: SubjectTimeline): TimelineRecord | undefined {
  const events = timeline.events;
  return Array.isArray(events) ? events[events.length - 1] : events;
}

function append(timeline: SubjectTimeline, record: TimelineRecord): void {
  const events = timeline.events;
  if (events === undefined) timeline.events = record;
  else if (Array.isArray(events)) events.push(record);
  else timeline.events = [events, record];
}

/** The instant of the subject's newest event (the chain orders them; -Infinity when none). */
function lastEventMs(timeline: SubjectTimeline): number {
  return lastRecord(timeline)?.recordedMs ?? Number.NEGATIVE_INFINITY;
}

/** When the subject was forgotten (Infinity when never). */
function forgottenMs(timeline: SubjectTimeline): number {
  let forgotten = Number.POSITIVE_INFINITY;
  const events = timeline.events;
  if (events === undefined) return forgotten;
  for (const record of Array.isArray(events) ? events : [events]) {
    if (record.kind === 'subject-forgotten') forgotten = Math.min(forgotten, record.recordedMs);
  }
  return forgotten;
}

function choiceRecord(
  projection: TenantProjection,
  purposeIndex: ReadonlyMap<string, number>,
  body: Extract<ConsentEventBody, { kind: 'choice' }>,
  recordedMs: number,
  recordedAt: string | undefined,
): ChoiceRecord {
  const codes: string[] = new Array(purposeIndex.size).fill(NOT_NAMED);
  const expiries: number[] = new Array(purposeIndex.size).fill(Number.POSITIVE_INFINITY);
  let shared: number | undefined;
  let distinct = false;
  for (const [purpose, state] of Object.entries(body.purposes)) {
    // A purpose the ledger does not declare is never looked up: check denies it up front.
    const index = purposeIndex.get(purpose);
    if (index === undefined) continue;
    const code = CODE_OF_STATE[state] ?? 'x';
    const expiresAt = body.expiresAt?.[purpose];
    if (expiresAt === undefined) {
      codes[index] = code;
      continue;
    }
    const expiresMs = Date.parse(expiresAt);
    codes[index] = code.toUpperCase();
    expiries[index] = expiresMs;
    if (shared === undefined) shared = expiresMs;
    else if (!Object.is(shared, expiresMs)) distinct = true;
  }
  return {
    kind: 'choice',
    eventId: body.id,
    recordedMs,
    recordedAt,
    states: intern(projection, codes.join('')),
    policyVersion: intern(projection, body.policyVersion),
    jurisdiction: intern(projection, body.jurisdiction),
    actorType: intern(projection, body.actor.type) as ActorType,
    overridesSignal: body.overridesSignal === true,
    expiresMs: distinct ? expiries : shared,
  };
}

/** Applies one event (already verified to be the next in the chain) to the projection. */
export function applyEvent(
  projection: TenantProjection,
  body: ConsentEventBody,
  purposeIndex: ReadonlyMap<string, number>,
): void {
  let timeline = projection.byRef.get(body.subjectRef);
  if (!timeline) {
    timeline = createTimeline();
    projection.byRef.set(body.subjectRef, timeline);
  }
  // The chain orders events, not the clock: after a clock step backwards (or a second writer
  // whose clock lags) an event counts from the subject's latest instant, so a later command
  // always wins. The stored recordedAt stays what the writer's clock said.
  const stampedMs = Date.parse(body.recordedAt);
  const recordedMs = Math.max(stampedMs, lastEventMs(timeline));
  timeline.cache = undefined;
  switch (body.kind) {
    case 'choice': {
      // Most stamps are `toISOString()` output of the instant they count from: rebuilt on demand.
      const rebuildable =
        recordedMs === stampedMs &&
        Number.isFinite(stampedMs) &&
        new Date(stampedMs).toISOString() === body.recordedAt;
      append(
        timeline,
        choiceRecord(
          projection,
          purposeIndex,
          body,
          recordedMs,
          rebuildable ? undefined : body.recordedAt,
        ),
      );
      return;
    }
    case 'signal':
      append(timeline, {
        kind: 'signal',
        recordedMs,
        signal: body.signal,
        present: body.present,
        jurisdiction: intern(projection, body.jurisdiction),
      });
      return;
    case 'guardian-requirement':
      append(timeline, {
        kind: 'guardian-requirement',
        recordedMs,
        required: body.required,
        untilMs: body.until === undefined ? Number.POSITIVE_INFINITY : Date.parse(body.until),
        citation: body.citation,
      });
      return;
    case 'subject-forgotten':
      append(timeline, { kind: 'subject-forgotten', recordedMs });
      return;
    default:
      append(timeline, { kind: 'unknown', recordedMs });
  }
}

/** What the evaluation needs to know beyond the timeline. */
export interface EvaluationContext {
  readonly purposes: ReadonlyMap<string, PurposeDefinition>;
  readonly policyVersions: readonly CompiledPolicyVersion[];
  readonly policyVersionIndex: ReadonlyMap<string, number>;
  /** Each declared purpose's position (declaration order): the projection's layout. */
  readonly purposeIndex: ReadonlyMap<string, number>;
  /** The consent model for a jurisdiction on a day, with its citation; undefined when none is known. */
  modelFor(
    jurisdiction: string | undefined,
    atMs: number,
  ): { readonly model: ConsentModel; readonly citation?: Citation; readonly defaulted: boolean };
  /** The citation making GPC binding for the jurisdiction on that day, or undefined. */
  gpcBindingFor(jurisdiction: string | undefined, atMs: number): Citation | undefined;
  /** Whether the host honours Do Not Track. */
  readonly honourDnt: boolean;
}

/** The subject's newest record recorded by `atMs` that `match` accepts. */
function latestBefore<T extends TimelineRecord>(
  timeline: SubjectTimeline | undefined,
  atMs: number,
  match: (record: TimelineRecord) => record is T,
): T | undefined {
  const events = timeline?.events;
  if (events === undefined) return undefined;
  if (!Array.isArray(events))
    return events.recordedMs <= atMs && match(events) ? events : undefined;
  for (let index = events.length - 1; index >= 0; index--) {
    const record = events[index] as TimelineRecord;
    if (record.recordedMs <= atMs && match(record)) return record;
  }
  return undefined;
}

/** The stored stamp of a choice, rebuilt once and kept when the record did not hold it. */
function recordedAtOf(record: ChoiceRecord): string {
  record.recordedAt ??= new Date(record.recordedMs).toISOString();
  return record.recordedAt;
}

/** What the subject last chose for one purpose, as of `atMs`. */
interface PurposeChoice {
  readonly eventId: string;
  readonly recordedMs: number;
  readonly recordedAt: string;
  readonly state: RecordedState;
  readonly policyVersion: string;
  readonly actorType: ActorType;
  readonly expiresMs: number;
  readonly overridesSignal: boolean;
}

function latestChoice(
  timeline: SubjectTimeline | undefined,
  purposeIndex: number,
  atMs: number,
): PurposeChoice | undefined {
  const record = latestBefore(
    timeline,
    atMs,
    (candidate): candidate is ChoiceRecord =>
      candidate.kind === 'choice' && candidate.states[purposeIndex] !== NOT_NAMED,
  );
  if (record === undefined) return undefined;
  const code = record.states[purposeIndex] as string;
  const lower = code.toLowerCase();
  const expires = record.expiresMs;
  return {
    eventId: record.eventId,
    recordedMs: record.recordedMs,
    recordedAt: recordedAtOf(record),
    state: STATE_OF_CODE[lower] as RecordedState,
    policyVersion: record.policyVersion,
    actorType: record.actorType,
    expiresMs:
      code === lower || expires === undefined
        ? Number.POSITIVE_INFINITY
        : typeof expires === 'number'
          ? expires
          : (expires[purposeIndex] as number),
    overridesSignal: record.overridesSignal,
  };
}

const isJurisdictionSource = (record: TimelineRecord): record is ChoiceRecord | SignalRecord =>
  record.kind === 'choice' || record.kind === 'signal';
const isGpc = (record: TimelineRecord): record is SignalRecord =>
  record.kind === 'signal' && record.signal === 'gpc';
const isDnt = (record: TimelineRecord): record is SignalRecord =>
  record.kind === 'signal' && record.signal === 'dnt';
const isGuardian = (record: TimelineRecord): record is GuardianRecord =>
  record.kind === 'guardian-requirement';

type Reasons = Reason<ConsentReasonCode>[];

function make(
  code: ConsentReasonCode,
  params: Record<string, unknown>,
  citation?: Citation,
): Reason<ConsentReasonCode> {
  return citation === undefined ? { code, params } : { code, params, citation };
}

/**
 * Decides one purpose for one subject at `atMs`, using only events recorded by then (so
 * withdrawal is never retroactive and any past instant answers as it would have then).
 * Returns the decision and the instant until which it stays valid if nothing new is recorded.
 */
export function evaluateConsent(
  context: EvaluationContext,
  timeline: SubjectTimeline | undefined,
  purposeId: string,
  atMs: number,
  jurisdictionHint: string | undefined,
): { readonly decision: ConsentDecision; readonly untilMs: number } {
  const deny = (reasons: Reasons, untilMs = Number.POSITIVE_INFINITY) => ({
    decision: Object.freeze({
      outcome: 'deny' as const,
      purpose: purposeId,
      reasons: Object.freeze(reasons),
    }),
    untilMs,
  });
  const allow = (reasons: Reasons, untilMs = Number.POSITIVE_INFINITY) => ({
    decision: Object.freeze({
      outcome: 'allow' as const,
      purpose: purposeId,
      reasons: Object.freeze(reasons),
    }),
    untilMs,
  });

  const purpose = context.purposes.get(purposeId);
  if (!purpose) return deny([make('NOT_A_DECLARED_PURPOSE', { purpose: purposeId })]);
  if (purpose.essential)
    return allow([make('ESSENTIAL_PURPOSE', { purpose: purposeId }, GDPR_CITATIONS.essential)]);
  if (timeline && forgottenMs(timeline) <= atMs) {
    return deny([make('SUBJECT_FORGOTTEN', { purpose: purposeId }, GDPR_CITATIONS.erasure)]);
  }
  const latest = latestChoice(timeline, context.purposeIndex.get(purposeId) ?? -1, atMs);

  if (purpose.legalBasis !== 'consent') {
    if (purpose.legalBasis === 'legitimate-interests' && latest && latest.state !== 'granted') {
      return deny([
        make(
          'OBJECTION_RECORDED',
          { purpose: purposeId, recordedAt: latest.recordedAt },
          GDPR_CITATIONS.objection,
        ),
      ]);
    }
    return allow([
      make(
        'LEGAL_BASIS_NOT_CONSENT',
        { purpose: purposeId, legalBasis: purpose.legalBasis },
        GDPR_CITATIONS.otherBasis,
      ),
    ]);
  }

  const jurisdiction =
    jurisdictionHint ?? latestBefore(timeline, atMs, isJurisdictionSource)?.jurisdiction;
  const extra: Reasons = [];

  // Opt-out preference signals first: GPC wins over earlier choices for sale and sharing.
  const gpc = latestBefore(timeline, atMs, isGpc);
  if (purpose.saleOrSharing && gpc?.present) {
    const binding = context.gpcBindingFor(jurisdiction, atMs);
    const overridden =
      latest?.state === 'granted' && latest.overridesSignal && latest.recordedMs >= gpc.recordedMs;
    if (binding && !overridden) {
      return deny([
        make('GPC_OPT_OUT', { purpose: purposeId, jurisdiction: jurisdiction ?? null }, binding),
      ]);
    }
  }
  const dnt = latestBefore(timeline, atMs, isDnt);
  if (context.honourDnt && dnt?.present && (purpose.tracking || purpose.saleOrSharing)) {
    const overridden = latest?.state === 'granted' && latest.recordedMs >= dnt.recordedMs;
    if (!overridden) return deny([make('DNT_OPT_OUT', { purpose: purposeId })]);
  }

  // A guardian requirement in force makes the purpose opt-in and only a guardian's grant counts.
  const requirement = latestBefore(timeline, atMs, isGuardian);
  const guardianActive = requirement?.required && atMs < requirement.untilMs;
  const guardianCitation = requirement?.citation ?? GDPR_CITATIONS.child;

  const {
    model,
    citation: modelCitation,
    defaulted,
  } = purpose.optInEverywhere || guardianActive
    ? { model: 'opt-in' as const, citation: GDPR_CITATIONS.consent, defaulted: false }
    : context.modelFor(jurisdiction, atMs);
  if (defaulted)
    extra.push(make('CONSENT_MODEL_DEFAULTED', { model, jurisdiction: jurisdiction ?? null }));
  // A cached answer must be recomputed when the guardian requirement ends.
  const guardianUntil = guardianActive ? requirement.untilMs : Number.POSITIVE_INFINITY;

  if (!latest) {
    if (guardianActive) {
      return deny(
        [make('GUARDIAN_CONSENT_REQUIRED', { purpose: purposeId }, guardianCitation), ...extra],
        guardianUntil,
      );
    }
    if (model === 'opt-out') {
      return allow([
        make(
          'OPT_OUT_DEFAULT',
          { purpose: purposeId, jurisdiction: jurisdiction ?? null },
          modelCitation,
        ),
        ...extra,
      ]);
    }
    return deny([make('NO_CONSENT_RECORD', { purpose: purposeId }, modelCitation), ...extra]);
  }
  if (latest.state === 'withdrawn') {
    return deny([
      make(
        'CONSENT_WITHDRAWN',
        { purpose: purposeId, withdrawnAt: latest.recordedAt, eventId: latest.eventId },
        GDPR_CITATIONS.withdrawal,
      ),
      ...extra,
    ]);
  }
  if (latest.state === 'denied') {
    return deny([
      make('CONSENT_DENIED', {
        purpose: purposeId,
        recordedAt: latest.recordedAt,
        eventId: latest.eventId,
      }),
      ...extra,
    ]);
  }
  // Granted.
  if (guardianActive && latest.actorType !== 'guardian') {
    return deny(
      [
        make(
          'GUARDIAN_CONSENT_REQUIRED',
          { purpose: purposeId, grantedBy: latest.actorType },
          guardianCitation,
        ),
        ...extra,
      ],
      guardianUntil,
    );
  }
  if (
    requirement?.required &&
    requirement.untilMs <= atMs &&
    latest.actorType === 'guardian' &&
    latest.recordedMs < requirement.untilMs
  ) {
    return deny([
      make('REQUIRES_RECONSENT', {
        purpose: purposeId,
        since: new Date(requirement.untilMs).toISOString(),
      }),
    ]);
  }
  if (latest.expiresMs <= atMs) {
    return deny([
      make('CONSENT_EXPIRED', {
        purpose: purposeId,
        expiredAt: new Date(latest.expiresMs).toISOString(),
        eventId: latest.eventId,
      }),
      ...extra,
    ]);
  }
  const grantedIndex = context.policyVersionIndex.get(latest.policyVersion) ?? -1;
  let nextChange = Number.POSITIVE_INFINITY;
  for (const version of context.policyVersions) {
    if (version.index <= grantedIndex || !version.material || !version.affects(purposeId)) continue;
    if (version.effectiveFromMs <= atMs) {
      return deny([
        make('POLICY_VERSION_CHANGED', {
          purpose: purposeId,
          grantedUnder: latest.policyVersion,
          currentVersion: version.id,
          effectiveFrom: new Date(version.effectiveFromMs).toISOString(),
        }),
        ...extra,
      ]);
    }
    nextChange = Math.min(nextChange, version.effectiveFromMs);
  }
  return allow(
    [
      make(
        'CONSENT_GRANTED',
        {
          purpose: purposeId,
          grantedAt: latest.recordedAt,
          eventId: latest.eventId,
          policyVersion: latest.policyVersion,
        },
        GDPR_CITATIONS.consent,
      ),
      ...extra,
    ],
    Math.min(
      latest.expiresMs,
      nextChange,
      guardianUntil,
      requirement?.required ? requirement.untilMs : Number.POSITIVE_INFINITY,
    ),
  );
}

/**
 * The decision for `purposeId` at `atMs`, from the timeline's cache when the instant is at or
 * after the subject's newest event and before the cached answer can change.
 */
export function decide(
  context: EvaluationContext,
  timeline: SubjectTimeline | undefined,
  purposeId: string,
  atMs: number,
): ConsentDecision {
  const index = context.purposeIndex.get(purposeId);
  const cache = timeline?.cache;
  if (cache !== undefined && index !== undefined) {
    const slot = index * SLOTS;
    const cached = cache[slot + DECISION] as ConsentDecision | undefined;
    const offset = atMs - (cache[slot + DAY] as number) * DAY_MS;
    if (
      cached !== undefined &&
      offset >= (cache[slot + FROM] as number) &&
      offset < (cache[slot + UNTIL] as number)
    )
      return cached;
  }
  const { decision, untilMs } = evaluateConsent(context, timeline, purposeId, atMs, undefined);
  if (timeline && index !== undefined) {
    const newestMs = lastEventMs(timeline);
    if (atMs >= newestMs) {
      timeline.cache ??= new Array(context.purposeIndex.size * SLOTS).fill(undefined);
      // Jurisdiction rules are looked up per day: cache no further than the next UTC midnight.
      // The window starts at `atMs` (not before: an earlier instant may have been before an
      // expiry); an empty or unknown (NaN) end leaves an entry that never matches.
      const day = Math.floor(atMs / DAY_MS);
      const fromOffset = atMs - day * DAY_MS;
      const untilOffset = Math.min(untilMs - day * DAY_MS, DAY_MS);
      const slot = index * SLOTS;
      timeline.cache[slot + DECISION] = decision;
      timeline.cache[slot + DAY] = day;
      timeline.cache[slot + FROM] = fromOffset;
      timeline.cache[slot + UNTIL] = untilOffset > fromOffset ? untilOffset : fromOffset;
    }
  }
  return decision;
}
