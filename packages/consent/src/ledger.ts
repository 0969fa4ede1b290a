import {
  addDuration,
  appliesOn,
  type ChainFailureCode,
  type ChainHead,
  type Citation,
  type Clock,
  calendarDateIn,
  canonicalJson,
  createHmacSha256Hex,
  EMPTY_CHAIN_HEAD,
  hmacSha256Hex,
  invalidInput,
  jurisdictionLineage,
  PledgeError,
  parseInput,
  parseInstant,
  regimesFor,
  sha256Hex,
  systemClock,
  verifyChain,
} from '@pledge/core';
import { z } from 'zod';
import type { ConsentDecision } from './consent-decision.js';
import type {
  ChoiceEventBody,
  ConsentEventBody,
  ConsentSource,
  ConsentState,
  GuardianRequirementEventBody,
  SignalEventBody,
  SubjectForgottenEventBody,
} from './consent-event.js';
import { type ConsentModeState, toConsentMode } from './consent-mode.js';
import type { ConsentStore, StoredConsentEvent, SubjectKeyVault } from './consent-store.js';
import {
  type CheckConsentInput,
  type RecordConsentInput,
  type RecordSignalInput,
  type RequireGuardianInput,
  recordConsentInputSchema,
  recordSignalInputSchema,
  requireGuardianInputSchema,
  type SubjectInput,
  subjectInputSchema,
  tenantSchema,
  type WithdrawConsentInput,
} from './ledger-input.js';
import { createMemorySubjectKeyVault } from './memory-store.js';
import { type ConsentPolicy, compilePolicy, consentPolicySchema } from './policy.js';
import {
  applyEvent,
  createTimeline,
  decide,
  type EvaluationContext,
  evaluateConsent,
  type SubjectTimeline,
  type TenantProjection,
} from './projection.js';
import { type PurposeDefinition, purposeDefinitionSchema } from './purpose.js';
import { buildReceipt, type ConsentReceipt, type ControllerInfo } from './receipt.js';
import { CONSENT_MODEL_ROWS, type ConsentModel } from './rules/consent-models.js';
import { OPT_OUT_SIGNAL_ROWS } from './rules/opt-out-signals.js';
import { openDetails, type SealedDetails, sealDetails } from './sealed-payload.js';

const SCOPE = '@pledge/consent';
const PAGE = 5000;

/** Options of {@link createConsentLedger}. */
export interface ConsentLedgerOptions {
  /** Where events are stored. */
  readonly store: ConsentStore;
  /** Where per-subject keys are kept (default: in memory; keep it apart from the store). */
  readonly keys?: SubjectKeyVault;
  /**
   * Secret (at least 32 bytes) for the keyed pseudonyms of subjects and for signing
   * checkpoints. Keep it stable: a new secret cannot find earlier subjects.
   */
  readonly secret: Uint8Array;
  /** The declared purposes. */
  readonly purposes: readonly PurposeDefinition[];
  /** The notice versions, oldest first. */
  readonly policy: ConsentPolicy;
  /** Source of time (default: the system clock). */
  readonly clock?: Clock;
  /** Tenant used when a call names none (default `default`). */
  readonly tenant?: string;
  /**
   * How browser signals count: `gpc: 'where-required'` (default) honours Global Privacy Control
   * where a regime makes it binding, `'always'` everywhere; `dnt: 'ignore'` (default, as the seed
   * policies say) records Do Not Track without effect, `'opt-out'` honours it.
   */
  readonly signals?: {
    readonly gpc?: 'where-required' | 'always';
    readonly dnt?: 'ignore' | 'opt-out';
  };
  /** Model where no regime with a known model applies (default `opt-in`: failing closed). */
  readonly defaultConsentModel?: ConsentModel;
  /** Controller named on receipts. */
  readonly controller?: ControllerInfo;
  /** Service named on receipts (default: the controller's name). */
  readonly serviceName?: string;
  /** Event id generator (default `crypto.randomUUID`). */
  readonly ids?: () => string;
  /** Random bytes (default `crypto.getRandomValues`). */
  readonly random?: (bytes: number) => Uint8Array;
}

/** Where a recorded event sits. */
export interface RecordedEvent {
  readonly id: string;
  readonly seq: number;
  readonly hash: string;
  readonly recordedAt: string;
}

/** One entry of a subject's history, decrypted where the key still exists. */
export interface ConsentHistoryEntry {
  readonly id: string;
  readonly seq: number;
  readonly kind: ConsentEventBody['kind'];
  readonly recordedAt: string;
  readonly effectiveAt?: string;
  readonly purposes?: Readonly<Record<string, ConsentState>>;
  readonly policyVersion?: string;
  readonly noticeHash?: string;
  readonly language?: string;
  readonly jurisdiction?: string;
  readonly source?: ConsentSource;
  readonly actor?: { readonly type: string; readonly verification?: string; readonly id?: string };
  readonly signal?: { readonly name: 'gpc' | 'dnt'; readonly present: boolean };
  readonly guardian?: { readonly required: boolean; readonly until?: string };
  readonly expiresAt?: Readonly<Record<string, string>>;
  readonly metadata?: Readonly<Record<string, string>>;
  readonly tcString?: string;
  readonly gppString?: string;
  /** True when identifying details existed but can no longer be decrypted (the subject was forgotten). */
  readonly redacted: boolean;
}

/** A signed chain head a host can anchor elsewhere (a log, a timestamping service, an e-mail). */
export interface ConsentCheckpoint {
  readonly tenant: string;
  readonly seq: number;
  readonly hash: string;
  readonly issuedAt: string;
  /** HMAC-SHA-256 of the other fields' canonical JSON, with the ledger secret. */
  readonly signature: string;
}

/** Result of {@link ConsentLedger.verify}. */
export type ConsentVerification =
  | { readonly ok: true; readonly count: number; readonly head: ChainHead }
  | {
      readonly ok: false;
      readonly count: number;
      readonly failure: {
        readonly code: ChainFailureCode;
        readonly seq: number;
        /** Id of the offending event, when its body can still be read. */
        readonly eventId?: string;
      };
    };

/** A purpose the subject must be asked about again, and why. */
export interface PendingReconsent {
  readonly purpose: string;
  readonly reason: 'POLICY_VERSION_CHANGED' | 'CONSENT_EXPIRED' | 'REQUIRES_RECONSENT';
  /** The version to show. */
  readonly currentVersion: string;
}

/** The consent ledger: see {@link createConsentLedger}. */
export interface ConsentLedger {
  /** Records a choice for one or more purposes. Validates everything before writing anything. */
  record(input: RecordConsentInput): Promise<RecordedEvent>;
  /** Withdraws consent for purposes: as easy as granting (GDPR Art. 7(3)); never retroactive. */
  withdraw(input: WithdrawConsentInput): Promise<RecordedEvent>;
  /** Records a browser signal (Global Privacy Control or Do Not Track). */
  recordSignal(input: RecordSignalInput): Promise<RecordedEvent>;
  /** Records that a guardian must consent for the subject (e.g. from an age-gate decision). */
  requireGuardian(input: RequireGuardianInput): Promise<RecordedEvent>;
  /**
   * Decides whether processing for a purpose is allowed, for now or any past instant. Answers
   * from the in-process projection: synchronous, and only after {@link ConsentLedger.sync} has
   * loaded the tenant (record, withdraw and the other writes load it too).
   */
  check(input: CheckConsentInput): ConsentDecision;
  /** {@link ConsentLedger.check} for every declared purpose. */
  checkAll(
    input: SubjectInput & { readonly at?: Date | string },
  ): Readonly<Record<string, ConsentDecision>>;
  /** Google Consent Mode v2 state for the subject. */
  consentMode(input: SubjectInput & { readonly at?: Date | string }): ConsentModeState;
  /** Purposes to ask again: material policy change, expiry, or a guardian's grant outgrown. */
  pendingReconsent(
    input: SubjectInput & { readonly at?: Date | string },
  ): readonly PendingReconsent[];
  /** The subject's events, oldest first, decrypted where possible (for access requests). */
  history(input: SubjectInput): Promise<readonly ConsentHistoryEntry[]>;
  /** The subject's history as machine-readable JSON (GDPR Art. 15, 20). */
  exportHistory(input: SubjectInput): Promise<string>;
  /** A receipt for one recorded choice. */
  receipt(input: SubjectInput & { readonly eventId: string }): Promise<ConsentReceipt>;
  /**
   * Erases the subject: destroys their key, so identifying details are unrecoverable, and
   * records the erasure in the chain. The chain still verifies.
   */
  forget(input: SubjectInput): Promise<RecordedEvent & { readonly keyDestroyed: boolean }>;
  /** Recomputes every link of the tenant's chain; names the first broken event. */
  verify(input?: {
    readonly tenant?: string;
    readonly checkpoint?: ConsentCheckpoint;
  }): Promise<ConsentVerification>;
  /** A signed head of the tenant's chain: anchored elsewhere, it makes truncation detectable. */
  checkpoint(input?: { readonly tenant?: string }): Promise<ConsentCheckpoint>;
  /** Loads (or catches up) the in-process projection of a tenant from the store. */
  sync(input?: { readonly tenant?: string }): Promise<void>;
}

interface TenantState extends TenantProjection {
  loaded: boolean;
  syncing: Promise<void> | undefined;
}

const optionsSchema = z.object({
  secret: z
    .instanceof(Uint8Array)
    .refine((secret) => secret.length >= 32, { message: 'expected at least 32 bytes' }),
  purposes: z.array(purposeDefinitionSchema).min(1),
  policy: consentPolicySchema,
  tenant: tenantSchema.exactOptional(),
  signals: z
    .object({
      gpc: z.enum(['where-required', 'always']).exactOptional(),
      dnt: z.enum(['ignore', 'opt-out']).exactOptional(),
    })
    .strict()
    .exactOptional(),
  defaultConsentModel: z.enum(['opt-in', 'opt-out']).exactOptional(),
  serviceName: z.string().min(1).max(200).exactOptional(),
  controller: z
    .object({
      name: z.string().min(1),
      contact: z.string().min(1).exactOptional(),
      url: z.string().min(1).exactOptional(),
    })
    .strict()
    .exactOptional(),
});

/**
 * Creates a consent ledger: the record a regulator would accept that consent was given,
 * withdrawn, or signalled away, for which purposes, under which notice, by whom.
 *
 * Every event is appended to a per-tenant SHA-256 hash chain (tamper-evident), identifying
 * details are encrypted per subject (erasable without breaking the chain), and `check` answers
 * from an in-process projection for any instant.
 *
 * @example
 * ```ts
 * const ledger = createConsentLedger({
 *   store: createMemoryConsentStore(),
 *   secret: crypto.getRandomValues(new Uint8Array(32)),
 *   purposes: [{ id: 'analytics', legalBasis: 'consent', lifetime: 'P13M' }],
 *   policy: { versions: [{ id: '2026-01', effectiveFrom: '2026-01-01', material: true }] },
 * });
 * await ledger.record({ subject: 'p-1', purposes: { analytics: 'granted' }, policyVersion: '2026-01', jurisdiction: 'DE', source: 'banner' });
 * ledger.check({ subject: 'p-1', purpose: 'analytics' }).outcome; // 'allow'
 * ```
 */
export function createConsentLedger(options: ConsentLedgerOptions): ConsentLedger {
  const config = parseInput(
    optionsSchema,
    {
      ...options,
      store: undefined,
      keys: undefined,
      clock: undefined,
      ids: undefined,
      random: undefined,
    },
    { scope: SCOPE, field: 'options' },
  );
  if (
    typeof options.store?.append !== 'function' ||
    typeof options.store.readChain !== 'function'
  ) {
    invalidInput(
      { scope: SCOPE, field: 'options.store' },
      'invalid_store',
      'expected a ConsentStore',
    );
  }
  const store = options.store;
  const keys = options.keys ?? createMemorySubjectKeyVault();
  const clock = options.clock ?? systemClock;
  const secret = options.secret.slice();
  const defaultTenant = config.tenant ?? 'default';
  const ids = options.ids ?? (() => crypto.randomUUID());
  const random =
    options.random ?? ((bytes: number) => crypto.getRandomValues(new Uint8Array(bytes)));
  const purposes = new Map(
    config.purposes.map((purpose) => [purpose.id, purpose as PurposeDefinition]),
  );
  if (purposes.size !== config.purposes.length) {
    invalidInput(
      { scope: SCOPE, field: 'options.purposes' },
      'duplicate_purpose',
      'purpose ids must be unique',
    );
  }
  const policy = compilePolicy(config.policy);
  const gpcMode = config.signals?.gpc ?? 'where-required';
  const controller: ControllerInfo = config.controller ?? { name: 'Controller' };
  const serviceName = config.serviceName ?? controller.name;

  // Regime lookups are per jurisdiction and day; memoised inside this ledger only.
  const modelCache = new Map<string, ReturnType<EvaluationContext['modelFor']>>();
  const gpcCache = new Map<string, Citation | null>();
  const dayOf = (atMs: number) => calendarDateIn(new Date(atMs));
  const context: EvaluationContext = {
    purposes,
    policyVersions: policy.versions,
    policyVersionIndex: new Map(policy.versions.map((version) => [version.id, version.index])),
    purposeIndex: new Map([...purposes.keys()].map((id, index) => [id, index])),
    honourDnt: config.signals?.dnt === 'opt-out',
    modelFor(jurisdiction, atMs) {
      const fallback = {
        model: config.defaultConsentModel ?? ('opt-in' as ConsentModel),
        defaulted: true,
      };
      if (jurisdiction === undefined) return fallback;
      const day = dayOf(atMs);
      const key = `${jurisdiction}|${day}`;
      let answer = modelCache.get(key);
      if (!answer) {
        const regimes = regimesFor(jurisdiction, day).map((match) => match.regime);
        const rows = CONSENT_MODEL_ROWS.filter(
          (row) => regimes.includes(row.regime) && appliesOn(row, day),
        );
        // Opt-in wins when regimes disagree: failing closed.
        const row = rows.find((candidate) => candidate.model === 'opt-in') ?? rows[0];
        answer = row ? { model: row.model, citation: row.citation, defaulted: false } : fallback;
        modelCache.set(key, answer);
      }
      return answer;
    },
    gpcBindingFor(jurisdiction, atMs) {
      if (gpcMode === 'always') {
        return {
          law: 'Host policy',
          article: 'Global Privacy Control honoured everywhere',
          confidence: 'primary',
        };
      }
      if (jurisdiction === undefined) return undefined;
      const day = dayOf(atMs);
      const key = `${jurisdiction}|${day}`;
      let answer = gpcCache.get(key);
      if (answer === undefined) {
        const regimes = regimesFor(jurisdiction, day).map((match) => match.regime);
        answer =
          OPT_OUT_SIGNAL_ROWS.find((row) => regimes.includes(row.regime) && appliesOn(row, day))
            ?.citation ?? null;
        gpcCache.set(key, answer);
      }
      return answer ?? undefined;
    },
  };

  const tenants = new Map<string, TenantState>();
  const tenantState = (tenant: string): TenantState => {
    let state = tenants.get(tenant);
    if (!state) {
      state = {
        lastSeq: 0,
        lastHash: EMPTY_CHAIN_HEAD.hash,
        byRef: new Map(),
        bySubject: new Map(),
        interned: new Map(),
        loaded: false,
        syncing: undefined,
      };
      tenants.set(tenant, state);
    }
    return state;
  };
  const pseudonym = createHmacSha256Hex(secret);
  const subjectRef = (tenant: string, subject: string) => pseudonym(`${tenant}\u0000${subject}`);
  const tenantOf = (tenant: string | undefined) => tenant ?? defaultTenant;

  function applyStored(
    state: TenantState,
    event: StoredConsentEvent,
    body?: ConsentEventBody,
  ): boolean {
    if (event.seq <= state.lastSeq) return true;
    if (event.seq !== state.lastSeq + 1 || event.prevHash !== state.lastHash) return false;
    applyEvent(
      state,
      body ?? (JSON.parse(event.canonicalBody) as ConsentEventBody),
      context.purposeIndex,
    );
    state.lastSeq = event.seq;
    state.lastHash = event.hash;
    return true;
  }

  async function sync(tenant: string): Promise<void> {
    const state = tenantState(tenant);
    if (state.syncing) return state.syncing;
    state.syncing = (async () => {
      try {
        for (;;) {
          const page = await store.readChain(tenant, { afterSeq: state.lastSeq, limit: PAGE });
          if (page.length === 0) break;
          for (const event of page) {
            if (!applyStored(state, event)) {
              throw new PledgeError({
                code: 'CHAIN_BROKEN',
                scope: SCOPE,
                message: `the stored chain is not continuous at seq ${event.seq}; run verify()`,
              });
            }
          }
        }
        state.loaded = true;
      } finally {
        state.syncing = undefined;
      }
    })();
    return state.syncing;
  }

  async function append(
    tenant: string,
    subject: string,
    body: ConsentEventBody,
    idempotency?: { readonly key: string | undefined; readonly input: object },
  ): Promise<RecordedEvent> {
    const key = idempotency?.key;
    const canonicalBody = canonicalJson(body);
    const [stored] = await store.append(
      tenant,
      [{ subjectRef: body.subjectRef, canonicalBody }],
      // A retry rebuilds ids and timestamps, so the command is identified by its input.
      key === undefined
        ? {}
        : {
            idempotencyKey: key,
            fingerprint: sha256Hex(
              canonicalJson({ kind: body.kind, input: jsonInput(idempotency?.input ?? {}) }),
            ),
          },
    );
    if (!stored)
      throw new PledgeError({
        code: 'STORE_CONTRACT_VIOLATED',
        scope: SCOPE,
        message: 'the store returned no event',
      });
    const state = tenantState(tenant);
    // An idempotent retry returns the first event, whose body differs from the one just built.
    const stamped =
      stored.canonicalBody === canonicalBody
        ? body
        : (JSON.parse(stored.canonicalBody) as ConsentEventBody);
    if (!state.loaded || !applyStored(state, stored, stamped)) await sync(tenant);
    // Remember the host's identifier for this pseudonym, so checks skip the HMAC.
    const timeline = state.byRef.get(stamped.subjectRef);
    if (timeline) state.bySubject.set(subject, timeline);
    return { id: stamped.id, seq: stored.seq, hash: stored.hash, recordedAt: stamped.recordedAt };
  }

  function nowIso(): string {
    return clock.now().toISOString();
  }

  function timelineFor(state: TenantState, tenant: string, subject: string): SubjectTimeline {
    let timeline = state.bySubject.get(subject);
    if (timeline) return timeline;
    const ref = subjectRef(tenant, subject);
    timeline = state.byRef.get(ref);
    // A subject with no events gets a throwaway empty timeline: checks of ids nobody recorded
    // (a crawler, a flood of made-up ids) must not grow the projection or keep the raw ids in
    // memory. The first write creates the real one.
    if (!timeline) return createTimeline();
    state.bySubject.set(subject, timeline);
    return timeline;
  }

  function loadedState(tenant: string): TenantState {
    const state = tenants.get(tenant);
    if (!state?.loaded) {
      throw new PledgeError({
        code: 'PROJECTION_NOT_LOADED',
        scope: SCOPE,
        message: 'the tenant is not loaded in this process; await ledger.sync() first',
      });
    }
    return state;
  }

  function instantMs(at: Date | string | undefined, field: string): number {
    if (at === undefined) return clock.now().getTime();
    if (at instanceof Date) {
      const ms = at.getTime();
      if (!Number.isNaN(ms)) return ms;
    }
    return parseInstant(at, field).getTime();
  }

  function checkArgs(input: SubjectInput, field: string): void {
    if (typeof input !== 'object' || input === null) {
      invalidInput({ scope: SCOPE, field }, 'invalid_type', 'expected an object');
    }
    if (
      typeof input.subject !== 'string' ||
      input.subject.length === 0 ||
      input.subject.length > 256
    ) {
      invalidInput(
        { scope: SCOPE, field },
        'invalid_subject',
        'expected a subject identifier of 1 to 256 characters',
        ['subject'],
      );
    }
    if (input.tenant !== undefined)
      parseInput(tenantSchema, input.tenant, { scope: SCOPE, field: `${field}.tenant` });
  }

  /** The tenant of an optional `{ tenant }` argument (verify, checkpoint, sync). */
  function tenantOfOptions(input: unknown): string {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      invalidInput({ scope: SCOPE, field: 'input' }, 'invalid_type', 'expected an object');
    }
    const { tenant } = input as { readonly tenant?: unknown };
    return tenantOf(
      tenant === undefined
        ? undefined
        : parseInput(tenantSchema, tenant, { scope: SCOPE, field: 'input.tenant' }),
    );
  }

  async function recordChoice(input: RecordConsentInput): Promise<RecordedEvent> {
    const parsed = parseInput(recordConsentInputSchema, input, { scope: SCOPE, field: 'input' });
    const tenant = tenantOf(parsed.tenant);
    for (const [purposeId, state] of Object.entries(parsed.purposes)) {
      const purpose = purposes.get(purposeId);
      if (!purpose) {
        invalidInput(
          { scope: SCOPE, field: 'input' },
          'unknown_purpose',
          'expected a declared purpose',
          ['purposes', purposeId],
        );
      }
      if (purpose.essential) {
        invalidInput(
          { scope: SCOPE, field: 'input' },
          'essential_purpose',
          'an essential purpose takes no choice',
          ['purposes', purposeId],
        );
      }
      if (purpose.legalBasis !== 'consent' && purpose.legalBasis !== 'legitimate-interests') {
        invalidInput(
          { scope: SCOPE, field: 'input' },
          'not_consent_based',
          'the purpose does not rest on consent or legitimate interests',
          ['purposes', purposeId],
        );
      }
      if (purpose.legalBasis === 'legitimate-interests' && state === 'granted') {
        invalidInput(
          { scope: SCOPE, field: 'input' },
          'not_consent_based',
          'legitimate interests take an objection (denied or withdrawn), not a grant',
          ['purposes', purposeId],
        );
      }
    }
    if (!policy.byId.has(parsed.policyVersion)) {
      invalidInput(
        { scope: SCOPE, field: 'input.policyVersion' },
        'unknown_policy_version',
        'expected a version of the ledger policy',
      );
    }
    const recordedAt = clock.now();
    const effective =
      parsed.effectiveAt === undefined
        ? recordedAt
        : parseInstant(parsed.effectiveAt, 'input.effectiveAt');
    if (effective.getTime() > recordedAt.getTime()) {
      invalidInput(
        { scope: SCOPE, field: 'input.effectiveAt' },
        'future_effective',
        'a choice cannot take effect in the future',
      );
    }
    if (effective.getTime() < recordedAt.getTime()) {
      if (parsed.source !== 'import') {
        invalidInput(
          { scope: SCOPE, field: 'input.effectiveAt' },
          'backdated',
          'only imported choices may be backdated',
        );
      }
      if (Object.values(parsed.purposes).includes('withdrawn')) {
        invalidInput(
          { scope: SCOPE, field: 'input.effectiveAt' },
          'backdated',
          'a withdrawal is never retroactive (GDPR Art. 7(3))',
        );
      }
    }
    const id = ids();
    const ref = subjectRef(tenant, parsed.subject);
    const expiresAt: Record<string, string> = {};
    for (const [purposeId, state] of Object.entries(parsed.purposes)) {
      const lifetime = purposes.get(purposeId)?.lifetime;
      if (state === 'granted' && lifetime !== undefined)
        expiresAt[purposeId] = addDuration(effective, lifetime).toISOString();
    }
    const details: SealedDetails = {
      ...(parsed.actor?.id === undefined ? {} : { actorId: parsed.actor.id }),
      ...(parsed.metadata === undefined ? {} : { metadata: parsed.metadata }),
    };
    const sealed =
      details.actorId === undefined && details.metadata === undefined
        ? undefined
        : await sealDetails(
            details,
            await keys.getOrCreateKey(tenant, ref, () => random(32)),
            id,
            random,
          );
    const actor = parsed.actor ?? { type: 'self' as const };
    const body: ChoiceEventBody = {
      kind: 'choice',
      id,
      tenant,
      subjectRef: ref,
      recordedAt: recordedAt.toISOString(),
      effectiveAt: effective.toISOString(),
      purposes: parsed.purposes,
      policyVersion: parsed.policyVersion,
      ...(parsed.noticeHash === undefined ? {} : { noticeHash: parsed.noticeHash }),
      ...(parsed.language === undefined ? {} : { language: parsed.language }),
      jurisdiction: parsed.jurisdiction,
      source: parsed.source,
      actor: {
        type: actor.type,
        ...(actor.verification === undefined ? {} : { verification: actor.verification }),
      },
      ...(Object.keys(expiresAt).length === 0 ? {} : { expiresAt }),
      ...(parsed.overridesSignal ? { overridesSignal: true } : {}),
      ...(parsed.tcString === undefined ? {} : { tcString: parsed.tcString }),
      ...(parsed.gppString === undefined ? {} : { gppString: parsed.gppString }),
      ...(sealed === undefined ? {} : { sealed }),
    };
    return append(tenant, parsed.subject, body, { key: parsed.idempotencyKey, input: parsed });
  }

  async function historyOf(input: SubjectInput) {
    const parsed = parseInput(subjectInputSchema, input, { scope: SCOPE, field: 'input' });
    const tenant = tenantOf(parsed.tenant);
    const ref = subjectRef(tenant, parsed.subject);
    const events = await store.readSubject(tenant, ref);
    const key = await keys.getKey(tenant, ref);
    return { tenant, ref, events, key };
  }

  const ledger: ConsentLedger = {
    record: recordChoice,

    async withdraw(input) {
      if (
        typeof input !== 'object' ||
        input === null ||
        !Array.isArray(input.purposes) ||
        input.purposes.length === 0
      ) {
        invalidInput(
          { scope: SCOPE, field: 'input.purposes' },
          'invalid_type',
          'expected a non-empty array of purpose ids',
        );
      }
      const { purposes: withdrawn, ...rest } = input;
      const choice: Record<string, ConsentState> = {};
      for (const purpose of withdrawn) {
        if (typeof purpose !== 'string')
          invalidInput(
            { scope: SCOPE, field: 'input.purposes' },
            'invalid_type',
            'expected purpose ids',
          );
        choice[purpose] = 'withdrawn';
      }
      return recordChoice({ ...rest, purposes: choice });
    },

    async recordSignal(input) {
      const parsed = parseInput(recordSignalInputSchema, input, { scope: SCOPE, field: 'input' });
      const tenant = tenantOf(parsed.tenant);
      const body: SignalEventBody = {
        kind: 'signal',
        id: ids(),
        tenant,
        subjectRef: subjectRef(tenant, parsed.subject),
        recordedAt: nowIso(),
        signal: parsed.signal,
        present: parsed.present ?? true,
        jurisdiction: parsed.jurisdiction,
      };
      return append(tenant, parsed.subject, body, { key: parsed.idempotencyKey, input: parsed });
    },

    async requireGuardian(input) {
      const parsed = parseInput(requireGuardianInputSchema, input, {
        scope: SCOPE,
        field: 'input',
      });
      const tenant = tenantOf(parsed.tenant);
      const body: GuardianRequirementEventBody = {
        kind: 'guardian-requirement',
        id: ids(),
        tenant,
        subjectRef: subjectRef(tenant, parsed.subject),
        recordedAt: nowIso(),
        required: parsed.required ?? true,
        ...(parsed.until === undefined
          ? {}
          : { until: parseInstant(parsed.until, 'input.until').toISOString() }),
        jurisdiction: parsed.jurisdiction,
        ...(parsed.citation === undefined ? {} : { citation: parsed.citation }),
      };
      return append(tenant, parsed.subject, body, { key: parsed.idempotencyKey, input: parsed });
    },

    check(input) {
      checkArgs(input, 'input');
      if (typeof input.purpose !== 'string') {
        invalidInput(
          { scope: SCOPE, field: 'input.purpose' },
          'invalid_type',
          'expected a purpose id',
        );
      }
      const tenant = tenantOf(input.tenant);
      const state = loadedState(tenant);
      const atMs = instantMs(input.at, 'input.at');
      const timeline = timelineFor(state, tenant, input.subject);
      if (input.jurisdiction !== undefined) {
        jurisdictionLineage(input.jurisdiction, 'input.jurisdiction');
        return evaluateWithHint(timeline, input.purpose, atMs, input.jurisdiction);
      }
      return decide(context, timeline, input.purpose, atMs);
    },

    checkAll(input) {
      checkArgs(input, 'input');
      const tenant = tenantOf(input.tenant);
      const state = loadedState(tenant);
      const atMs = instantMs(input.at, 'input.at');
      const timeline = timelineFor(state, tenant, input.subject);
      const decisions: Record<string, ConsentDecision> = {};
      for (const purpose of purposes.keys())
        decisions[purpose] = decide(context, timeline, purpose, atMs);
      return decisions;
    },

    consentMode(input) {
      return toConsentMode([...purposes.values()], ledger.checkAll(input));
    },

    pendingReconsent(input) {
      const decisions = ledger.checkAll(input);
      const current = policy.versions[policy.versions.length - 1]?.id ?? '';
      const pending: PendingReconsent[] = [];
      for (const [purpose, decision] of Object.entries(decisions)) {
        const code = decision.reasons[0]?.code;
        if (
          code === 'POLICY_VERSION_CHANGED' ||
          code === 'CONSENT_EXPIRED' ||
          code === 'REQUIRES_RECONSENT'
        ) {
          pending.push({ purpose, reason: code, currentVersion: current });
        }
      }
      return pending;
    },

    async history(input) {
      const { events, key } = await historyOf(input);
      const entries: ConsentHistoryEntry[] = [];
      for (const event of events) {
        const body = JSON.parse(event.canonicalBody) as ConsentEventBody;
        entries.push(await toHistoryEntry(body, event.seq, key));
      }
      return entries;
    },

    async exportHistory(input) {
      const entries = await ledger.history(input);
      return JSON.stringify(
        { format: 'pledge-consent-history/1', exportedAt: nowIso(), events: entries },
        null,
        2,
      );
    },

    async receipt(input) {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        invalidInput({ scope: SCOPE, field: 'input' }, 'invalid_type', 'expected an object');
      }
      const { events } = await historyOf({
        ...(input.tenant === undefined ? {} : { tenant: input.tenant }),
        subject: input.subject,
      });
      if (typeof input.eventId !== 'string')
        invalidInput(
          { scope: SCOPE, field: 'input.eventId' },
          'invalid_type',
          'expected an event id',
        );
      for (const event of events) {
        const body = JSON.parse(event.canonicalBody) as ConsentEventBody;
        if (body.id !== input.eventId) continue;
        if (body.kind !== 'choice') {
          invalidInput(
            { scope: SCOPE, field: 'input.eventId' },
            'not_a_choice',
            'receipts exist for recorded choices only',
          );
        }
        const url = policy.byId.get(body.policyVersion)?.url;
        return buildReceipt({
          body,
          seq: event.seq,
          hash: event.hash,
          prevHash: event.prevHash,
          controller,
          serviceName,
          purposes,
          ...(url === undefined ? {} : { policyUrl: url }),
        });
      }
      return invalidInput(
        { scope: SCOPE, field: 'input.eventId' },
        'unknown_event',
        'no such event for this subject',
      );
    },

    async forget(input) {
      const parsed = parseInput(subjectInputSchema, input, { scope: SCOPE, field: 'input' });
      const tenant = tenantOf(parsed.tenant);
      const ref = subjectRef(tenant, parsed.subject);
      const keyDestroyed = await keys.destroyKey(tenant, ref);
      const body: SubjectForgottenEventBody = {
        kind: 'subject-forgotten',
        id: ids(),
        tenant,
        subjectRef: ref,
        recordedAt: nowIso(),
      };
      const recorded = await append(tenant, parsed.subject, body);
      return { ...recorded, keyDestroyed };
    },

    async verify(input = {}) {
      const tenant = tenantOfOptions(input);
      const checkpoint = input.checkpoint;
      if (checkpoint !== undefined) {
        const expected = signCheckpoint(checkpoint);
        if (
          typeof checkpoint !== 'object' ||
          checkpoint === null ||
          checkpoint.signature !== expected ||
          checkpoint.tenant !== tenant
        ) {
          invalidInput(
            { scope: SCOPE, field: 'input.checkpoint' },
            'invalid_checkpoint',
            'the checkpoint signature does not match this ledger and tenant',
          );
        }
      }
      let head: ChainHead = EMPTY_CHAIN_HEAD;
      let count = 0;
      let checkpointSeen = checkpoint === undefined || checkpoint.seq === 0;
      for (;;) {
        const page = await store.readChain(tenant, { afterSeq: head.seq, limit: PAGE });
        if (page.length === 0) break;
        const result = verifyChain(page, { from: head });
        if (!result.ok) {
          const bad = page[result.failure.index];
          const eventId = bad ? eventIdOf(bad.canonicalBody) : undefined;
          return {
            ok: false,
            count: count + result.count,
            failure: {
              code: result.failure.code,
              seq: result.failure.seq,
              ...(eventId === undefined ? {} : { eventId }),
            },
          };
        }
        if (checkpoint && !checkpointSeen) {
          const atCheckpoint = page.find((event) => event.seq === checkpoint.seq);
          if (atCheckpoint) {
            if (atCheckpoint.hash !== checkpoint.hash) {
              const eventId = eventIdOf(atCheckpoint.canonicalBody);
              return {
                ok: false,
                count: count + result.count,
                failure: {
                  code: 'HEAD_MISMATCH',
                  seq: checkpoint.seq,
                  ...(eventId === undefined ? {} : { eventId }),
                },
              };
            }
            checkpointSeen = true;
          }
        }
        head = result.head;
        count += result.count;
        if (page.length < PAGE) break;
      }
      if (!checkpointSeen)
        return { ok: false, count, failure: { code: 'HEAD_MISMATCH', seq: head.seq } };
      return { ok: true, count, head };
    },

    async checkpoint(input = {}) {
      const tenant = tenantOfOptions(input);
      const head = await store.head(tenant);
      const unsigned = { tenant, seq: head.seq, hash: head.hash, issuedAt: nowIso() };
      return { ...unsigned, signature: signCheckpoint(unsigned) };
    },

    async sync(input = {}) {
      const tenant = tenantOfOptions(input);
      await sync(tenant);
    },
  };

  // A jurisdiction given with the check is not cached: it may differ between calls.
  function evaluateWithHint(
    timeline: SubjectTimeline,
    purpose: string,
    atMs: number,
    jurisdiction: string,
  ): ConsentDecision {
    return evaluateConsent(context, timeline, purpose, atMs, jurisdiction).decision;
  }

  function signCheckpoint(checkpoint: Omit<ConsentCheckpoint, 'signature'>): string {
    if (typeof checkpoint !== 'object' || checkpoint === null) return '';
    const { tenant, seq, hash, issuedAt } = checkpoint;
    try {
      return hmacSha256Hex(secret, canonicalJson({ tenant, seq, hash, issuedAt }));
    } catch {
      return '';
    }
  }

  async function toHistoryEntry(
    body: ConsentEventBody,
    seq: number,
    key: Uint8Array | undefined,
  ): Promise<ConsentHistoryEntry> {
    const base = { id: body.id, seq, kind: body.kind, recordedAt: body.recordedAt };
    switch (body.kind) {
      case 'choice': {
        const details =
          body.sealed !== undefined && key !== undefined
            ? await openDetails(body.sealed, key, body.id)
            : undefined;
        return {
          ...base,
          effectiveAt: body.effectiveAt,
          purposes: body.purposes,
          policyVersion: body.policyVersion,
          ...(body.noticeHash === undefined ? {} : { noticeHash: body.noticeHash }),
          ...(body.language === undefined ? {} : { language: body.language }),
          jurisdiction: body.jurisdiction,
          source: body.source,
          actor: {
            ...body.actor,
            ...(details?.actorId === undefined ? {} : { id: details.actorId }),
          },
          ...(body.expiresAt === undefined ? {} : { expiresAt: body.expiresAt }),
          ...(details?.metadata === undefined ? {} : { metadata: details.metadata }),
          ...(body.tcString === undefined ? {} : { tcString: body.tcString }),
          ...(body.gppString === undefined ? {} : { gppString: body.gppString }),
          redacted: body.sealed !== undefined && details === undefined,
        };
      }
      case 'signal':
        return {
          ...base,
          jurisdiction: body.jurisdiction,
          signal: { name: body.signal, present: body.present },
          redacted: false,
        };
      case 'guardian-requirement':
        return {
          ...base,
          jurisdiction: body.jurisdiction,
          guardian: {
            required: body.required,
            ...(body.until === undefined ? {} : { until: body.until }),
          },
          redacted: false,
        };
      case 'subject-forgotten':
        return { ...base, redacted: false };
    }
  }

  return ledger;
}

/** The validated input as JSON data (dates as ISO strings), for idempotency fingerprints. */
function jsonInput(input: object): unknown {
  return JSON.parse(JSON.stringify(input));
}

function eventIdOf(canonicalBody: string): string | undefined {
  try {
    const id = (JSON.parse(canonicalBody) as { id?: unknown }).id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}
