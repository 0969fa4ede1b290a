import type { Citation, Reason } from '@pledge/core';
import type { ConsentDecision, ConsentReasonCode } from './consent-decision.js';
import { GDPR_CITATIONS } from './consent-decision.js';
import type { ActorType, ConsentEventBody, ConsentState } from './consent-event.js';
import type { CompiledPolicyVersion } from './policy.js';
import type { PurposeDefinition } from './purpose.js';
import type { ConsentModel } from './rules/consent-models.js';

// The in-process projection of a tenant's chain: per subject, the timeline of choices,
// signals and guardian requirements, so `check` answers for any instant without the store.

interface ChoiceEntry {
  readonly eventId: string;
  readonly recordedMs: number;
  readonly recordedAt: string;
  readonly state: ConsentState;
  readonly policyVersion: string;
  readonly actorType: ActorType;
  readonly expiresMs: number;
  readonly overridesSignal: boolean;
}

interface SignalEntry {
  readonly recordedMs: number;
  readonly signal: 'gpc' | 'dnt';
  readonly present: boolean;
}

interface GuardianEntry {
  readonly recordedMs: number;
  readonly required: boolean;
  readonly untilMs: number;
  readonly citation?: Citation;
}

interface CachedDecision {
  readonly fromMs: number;
  readonly untilMs: number;
  readonly decision: ConsentDecision;
}

/** One subject's timeline inside a tenant projection. */
export interface SubjectTimeline {
  readonly subjectRef: string;
  readonly choices: Map<string, ChoiceEntry[]>;
  readonly signals: SignalEntry[];
  readonly guardian: GuardianEntry[];
  readonly jurisdictions: { readonly recordedMs: number; readonly jurisdiction: string }[];
  forgottenMs: number;
  lastEventMs: number;
  readonly cache: Map<string, CachedDecision>;
}

/** A tenant's projection: how far it has read the chain, and every subject's timeline. */
export interface TenantProjection {
  lastSeq: number;
  lastHash: string;
  readonly byRef: Map<string, SubjectTimeline>;
  /** Subject identifiers the host used, to their timeline (in process only, never stored). */
  readonly bySubject: Map<string, SubjectTimeline>;
}

/** A new, empty timeline. */
export function createTimeline(subjectRef: string): SubjectTimeline {
  return {
    subjectRef,
    choices: new Map(),
    signals: [],
    guardian: [],
    jurisdictions: [],
    forgottenMs: Number.POSITIVE_INFINITY,
    lastEventMs: Number.NEGATIVE_INFINITY,
    cache: new Map(),
  };
}

/** Applies one event (already verified to be the next in the chain) to the projection. */
export function applyEvent(projection: TenantProjection, body: ConsentEventBody): void {
  let timeline = projection.byRef.get(body.subjectRef);
  if (!timeline) {
    timeline = createTimeline(body.subjectRef);
    projection.byRef.set(body.subjectRef, timeline);
  }
  // The chain orders events, not the clock: after a clock step backwards (or a second writer
  // whose clock lags) an event counts from the subject's latest instant, so a later command
  // always wins. The stored recordedAt stays what the writer's clock said.
  const recordedMs = Math.max(Date.parse(body.recordedAt), timeline.lastEventMs);
  timeline.lastEventMs = recordedMs;
  timeline.cache.clear();
  switch (body.kind) {
    case 'choice': {
      timeline.jurisdictions.push({ recordedMs, jurisdiction: body.jurisdiction });
      for (const [purpose, state] of Object.entries(body.purposes)) {
        const expiresAt = body.expiresAt?.[purpose];
        const entry: ChoiceEntry = {
          eventId: body.id,
          recordedMs,
          recordedAt: body.recordedAt,
          state,
          policyVersion: body.policyVersion,
          actorType: body.actor.type,
          expiresMs: expiresAt === undefined ? Number.POSITIVE_INFINITY : Date.parse(expiresAt),
          overridesSignal: body.overridesSignal === true,
        };
        const list = timeline.choices.get(purpose);
        if (list) list.push(entry);
        else timeline.choices.set(purpose, [entry]);
      }
      return;
    }
    case 'signal':
      timeline.jurisdictions.push({ recordedMs, jurisdiction: body.jurisdiction });
      timeline.signals.push({ recordedMs, signal: body.signal, present: body.present });
      return;
    case 'guardian-requirement':
      timeline.guardian.push({
        recordedMs,
        required: body.required,
        untilMs: body.until === undefined ? Number.POSITIVE_INFINITY : Date.parse(body.until),
        ...(body.citation === undefined ? {} : { citation: body.citation }),
      });
      return;
    case 'subject-forgotten':
      timeline.forgottenMs = Math.min(timeline.forgottenMs, recordedMs);
      return;
  }
}

/** What the evaluation needs to know beyond the timeline. */
export interface EvaluationContext {
  readonly purposes: ReadonlyMap<string, PurposeDefinition>;
  readonly policyVersions: readonly CompiledPolicyVersion[];
  readonly policyVersionIndex: ReadonlyMap<string, number>;
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

function latestBefore<T extends { readonly recordedMs: number }>(
  entries: readonly T[] | undefined,
  atMs: number,
  match?: (entry: T) => boolean,
): T | undefined {
  if (!entries) return undefined;
  for (let index = entries.length - 1; index >= 0; index--) {
    const entry = entries[index] as T;
    if (entry.recordedMs <= atMs && (match === undefined || match(entry))) return entry;
  }
  return undefined;
}

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
  if (timeline && timeline.forgottenMs <= atMs) {
    return deny([make('SUBJECT_FORGOTTEN', { purpose: purposeId }, GDPR_CITATIONS.erasure)]);
  }
  const choices = timeline?.choices.get(purposeId);
  const latest = latestBefore(choices, atMs);

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
    jurisdictionHint ??
    (timeline ? latestBefore(timeline.jurisdictions, atMs)?.jurisdiction : undefined);
  const extra: Reasons = [];

  // Opt-out preference signals first: GPC wins over earlier choices for sale and sharing.
  const gpc = timeline
    ? latestBefore(timeline.signals, atMs, (entry) => entry.signal === 'gpc')
    : undefined;
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
  const dnt = timeline
    ? latestBefore(timeline.signals, atMs, (entry) => entry.signal === 'dnt')
    : undefined;
  if (context.honourDnt && dnt?.present && (purpose.tracking || purpose.saleOrSharing)) {
    const overridden = latest?.state === 'granted' && latest.recordedMs >= dnt.recordedMs;
    if (!overridden) return deny([make('DNT_OPT_OUT', { purpose: purposeId })]);
  }

  // A guardian requirement in force makes the purpose opt-in and only a guardian's grant counts.
  const requirement = timeline ? latestBefore(timeline.guardian, atMs) : undefined;
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
  if (timeline) {
    const cached = timeline.cache.get(purposeId);
    if (cached !== undefined && atMs >= cached.fromMs && atMs < cached.untilMs)
      return cached.decision;
  }
  const { decision, untilMs } = evaluateConsent(context, timeline, purposeId, atMs, undefined);
  if (timeline && atMs >= timeline.lastEventMs) {
    // Jurisdiction rules are looked up per day: cache no further than the next UTC midnight.
    const nextMidnight = (Math.floor(atMs / 86_400_000) + 1) * 86_400_000;
    timeline.cache.set(purposeId, {
      fromMs: Math.max(atMs, timeline.lastEventMs),
      untilMs: Math.min(untilMs, nextMidnight),
      decision,
    });
  }
  return decision;
}
