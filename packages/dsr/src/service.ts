import {
  appendLink,
  type ChainVerification,
  type Clock,
  ConflictError,
  canonicalJson,
  createFixedHolidayCalendar,
  EMPTY_CHAIN_HEAD,
  type HolidayCalendar,
  invalidInput,
  type JsonValue,
  parseInput,
  sha256Hex,
  ValidationError,
  verifyChain,
} from '@pledge/core';
import { createHolidayCalendar } from '@pledge/core/holidays';
import { tenantIdSchema } from '@pledge/core/schemas';
import { z } from 'zod';
import type { DataSystem, ExemptionSource } from './data-system.js';
import { computeDeadline, type Deadline, type DueDeadline } from './deadline.js';
import type { DsrStore, DsrWriteOptions, StoredDsrEvent } from './dsr-store.js';
import { type DsrEvent, dsrEventSchema } from './event.js';
import { type FulfilmentReport, runFulfilment } from './fulfilment.js';
import { type DsrPolicy, dsrPolicySchema } from './policy.js';
import {
  type DsrRequest,
  identifierSchema,
  instantSchema,
  isClosedState,
  type NewRequestInput,
  newRequestInputSchema,
} from './request.js';
import type { AppealRule, DeadlineRule } from './rules/deadlines.js';
import { openRequest, type TransitionResult, transition } from './transition.js';

const SCOPE = '@pledge/dsr';

/** Options for {@link createDsrService}. */
export interface DsrServiceOptions {
  /** Where requests and their audit chains live. */
  readonly store: DsrStore;
  /** The source of "now" (`systemClock` in production, a simulated clock in tests). */
  readonly clock: Clock;
  /** Data systems fulfilment fans out to. */
  readonly systems?: readonly DataSystem[];
  /** Sources of erasure exemptions (legal holds, legal obligations). */
  readonly exemptions?: readonly ExemptionSource[];
  /** Replace the bundled deadline table (`DEADLINE_RULES`). */
  readonly regimes?: readonly DeadlineRule[];
  /** Replace the bundled appeal table (`APPEAL_RULES`). */
  readonly appealRules?: readonly AppealRule[];
  /** The host's own promises (shorter deadlines, rights everywhere, erasure grace window). */
  readonly policy?: DsrPolicy;
  /**
   * Holiday calendar per request (default: `createHolidayCalendar(request.jurisdiction)`,
   * weekends only where no data exists). Regulation 1182/71 uses the holidays where action
   * is taken: return the controller's calendar if it differs from the subject's.
   */
  readonly calendarFor?: (request: DsrRequest) => HolidayCalendar;
  /** Generates request ids (default `crypto.randomUUID()`). */
  readonly generateId?: () => string;
  /** Connector attempts per task and run (default 3). */
  readonly maxAttempts?: number;
}

/** Identifies one request. */
export interface RequestRef {
  /** The tenant. */
  readonly tenant: string;
  /** The request id. */
  readonly requestId: string;
}

/** A command to apply an event. */
export interface ApplyCommand extends RequestRef {
  /** The event. */
  readonly event: DsrEvent;
  /** A retried command with the same key returns the first result and writes nothing. */
  readonly idempotencyKey?: string;
  /** Fail with `ConflictError` unless the request is at this version. */
  readonly expectedVersion?: number;
}

/** Result of {@link DsrService.apply}. */
export type ApplyResult =
  | { readonly ok: true; readonly request: DsrRequest; readonly replayed: boolean }
  | Extract<TransitionResult, { ok: false }>;

/** One line of {@link DsrService.due}. */
export interface DueEntry {
  /** The request. */
  readonly request: DsrRequest;
  /** Its deadline now. */
  readonly deadline: DueDeadline;
}

/** Result of {@link DsrService.verifyAudit}. */
export type AuditVerification = ChainVerification & {
  /** True when the stored request's version equals the number of chained events. */
  readonly versionMatches: boolean;
};

/** The DSR service: requests, transitions, deadlines, fulfilment and audit over a store. */
export interface DsrService {
  /** Opens a request (state `received`), chained as its first audit event. */
  submit(input: NewRequestInput & { readonly idempotencyKey?: string }): Promise<DsrRequest>;
  /** Applies an event; a refusal is a value and writes nothing. */
  apply(command: ApplyCommand): Promise<ApplyResult>;
  /** The request, or `undefined`. */
  get(ref: RequestRef): Promise<DsrRequest | undefined>;
  /** The deadline now, derived from the request's clock events. */
  deadline(ref: RequestRef): Promise<Deadline>;
  /** Open requests whose deadline expires before `before`, most urgent first. */
  due(query: {
    readonly tenant: string;
    readonly before: string | Date;
  }): Promise<readonly DueEntry[]>;
  /** Runs or resumes fulfilment across the data systems. */
  fulfil(ref: RequestRef & { readonly patch?: JsonValue }): Promise<FulfilmentReport>;
  /** The audit events of a request in order. */
  history(ref: RequestRef): Promise<readonly StoredDsrEvent[]>;
  /** Recomputes the request's hash chain. */
  verifyAudit(ref: RequestRef): Promise<AuditVerification>;
}

const refSchema = z.object({ tenant: tenantIdSchema, requestId: identifierSchema }).strict();
const applySchema = z
  .object({
    tenant: tenantIdSchema,
    requestId: identifierSchema,
    event: dsrEventSchema,
    idempotencyKey: z.string().min(1).max(200).exactOptional(),
    expectedVersion: z.number().int().min(1).exactOptional(),
  })
  .strict();
const submitSchema = z.intersection(
  newRequestInputSchema,
  z.looseObject({ idempotencyKey: z.string().min(1).max(200).exactOptional() }),
);
const fulfilSchema = z
  .object({
    tenant: tenantIdSchema,
    requestId: identifierSchema,
    patch: z.custom<JsonValue>(() => true).exactOptional(),
  })
  .strict();
const optionsSchema = z.looseObject({
  store: z.looseObject({ create: z.custom<() => unknown>((v) => typeof v === 'function') }),
  clock: z.looseObject({ now: z.custom<() => Date>((v) => typeof v === 'function') }),
  systems: z
    .array(z.looseObject({ id: identifierSchema }))
    .refine((systems) => new Set(systems.map((system) => system.id)).size === systems.length, {
      message: 'expected unique system ids',
    })
    .exactOptional(),
  exemptions: z.array(z.looseObject({ id: identifierSchema })).exactOptional(),
  policy: dsrPolicySchema.exactOptional(),
  maxAttempts: z.number().int().min(1).max(20).exactOptional(),
});

function fingerprint(value: unknown): string {
  return sha256Hex(canonicalJson(value as JsonValue));
}

/**
 * Creates the DSR service. Every method validates its input first and throws a
 * `ValidationError` naming the field before anything is read or written; legal refusals come
 * back as values. Every state change is one audit event, hash-chained per request
 * (`appendLink`), so `verifyAudit` can prove the history of each request on its own and
 * erasing one subject's requests never breaks another's chain.
 *
 * @example
 * ```ts
 * const service = createDsrService({
 *   store: createMemoryDsrStore(),
 *   clock: createSimulatedClock('2026-03-31T10:00:00Z'),
 *   policy: { respondWithin: 'P30D' },
 * });
 * const request = await service.submit({ tenant: 't1', type: 'access', subject: 'p-1', jurisdiction: 'DE' });
 * const deadline = await service.deadline({ tenant: 't1', requestId: request.id });
 * ```
 */
export function createDsrService(options: DsrServiceOptions): DsrService {
  parseInput(optionsSchema, options, { scope: SCOPE, field: 'options' });
  const { store, clock } = options;
  const systems = options.systems ?? [];
  const exemptions = options.exemptions ?? [];
  const calendars = new Map<string, HolidayCalendar>();

  function calendarFor(request: DsrRequest): HolidayCalendar {
    if (options.calendarFor) return options.calendarFor(request);
    let calendar = calendars.get(request.jurisdiction);
    if (calendar === undefined) {
      try {
        calendar = createHolidayCalendar(request.jurisdiction);
      } catch (error) {
        if (!ValidationError.isInstance(error)) throw error;
        calendar = createFixedHolidayCalendar(request.jurisdiction, []);
      }
      calendars.set(request.jurisdiction, calendar);
    }
    return calendar;
  }

  function engineOptions(request: DsrRequest, at: Date) {
    return {
      at,
      calendar: calendarFor(request),
      ...(options.policy === undefined ? {} : { policy: options.policy }),
      ...(options.regimes === undefined ? {} : { rules: options.regimes }),
      ...(options.appealRules === undefined ? {} : { appealRules: options.appealRules }),
    };
  }

  async function load(tenant: string, requestId: string): Promise<DsrRequest> {
    const request = await store.get(tenant, requestId);
    if (request === undefined) {
      invalidInput(
        { scope: SCOPE, field: 'requestId' },
        'unknown_request',
        'no such request for this tenant',
      );
    }
    return request;
  }

  async function replayed(
    tenant: string,
    key: string | undefined,
    print: string,
  ): Promise<DsrRequest | undefined> {
    if (key === undefined) return undefined;
    const seen = await store.lookupIdempotencyKey(tenant, key);
    if (seen === undefined) return undefined;
    if (seen.fingerprint !== print) {
      throw new ConflictError({
        scope: SCOPE,
        resource: 'dsr-idempotency-key',
        message: 'idempotency key reused with different content',
      });
    }
    return store.get(tenant, seen.requestId);
  }

  async function applyEvent(
    tenant: string,
    requestId: string,
    event: DsrEvent,
    idempotencyKey?: string,
    expectedVersion?: number,
  ): Promise<ApplyResult> {
    const print = fingerprint({ requestId, event });
    const earlier = await replayed(tenant, idempotencyKey, print);
    if (earlier !== undefined) return { ok: true, request: earlier, replayed: true };
    const request = await load(tenant, requestId);
    if (expectedVersion !== undefined && request.version !== expectedVersion) {
      throw new ConflictError({
        scope: SCOPE,
        resource: 'dsr-request',
        expected: expectedVersion,
        actual: request.version,
      });
    }
    const events = await store.events(tenant, requestId);
    const last = events[events.length - 1];
    // A clock stepped backwards (NTP, a second host whose clock lags) must not date an event
    // before the one it follows: the audit chain stays in time order and the machine's guards
    // (nothing before receipt) keep holding, so the operator can still act.
    const previousMs = Date.parse(String((last?.body as { at?: unknown } | undefined)?.at));
    const now = clock.now();
    const at = previousMs > now.getTime() ? new Date(previousMs) : now;
    const result = transition(request, event, engineOptions(request, at));
    if (!result.ok) return result;
    const head = last === undefined ? EMPTY_CHAIN_HEAD : { seq: last.seq, hash: last.hash };
    const link = appendLink(head, result.event);
    const writeOptions: DsrWriteOptions =
      idempotencyKey === undefined
        ? {}
        : { idempotency: { key: idempotencyKey, fingerprint: print } };
    const written = await store.append(
      tenant,
      requestId,
      request.version,
      { request: result.request, events: [{ ...link, body: result.event }] },
      writeOptions,
    );
    return { ok: true, request: written.request, replayed: written.status === 'replayed' };
  }

  return {
    async submit(input) {
      const parsed = parseInput(submitSchema, input, { scope: SCOPE, field: 'input' });
      const { idempotencyKey, ...fields } = parsed as NewRequestInput & { idempotencyKey?: string };
      const print = fingerprint({
        submit: {
          ...fields,
          receivedAt:
            fields.receivedAt instanceof Date
              ? fields.receivedAt.toISOString()
              : (fields.receivedAt ?? null),
        },
      });
      const earlier = await replayed(fields.tenant, idempotencyKey, print);
      if (earlier !== undefined) return earlier;
      const id =
        fields.id ?? (options.generateId ? options.generateId() : globalThis.crypto.randomUUID());
      const opened = openRequest({ ...fields, id }, { at: clock.now() });
      const link = appendLink(EMPTY_CHAIN_HEAD, opened.event);
      const written = await store.create(
        fields.tenant,
        { request: opened.request, events: [{ ...link, body: opened.event }] },
        idempotencyKey === undefined
          ? {}
          : { idempotency: { key: idempotencyKey, fingerprint: print } },
      );
      return written.request;
    },
    async apply(command) {
      const parsed = parseInput(applySchema, command, { scope: SCOPE, field: 'command' });
      return applyEvent(
        parsed.tenant,
        parsed.requestId,
        parsed.event as DsrEvent,
        parsed.idempotencyKey,
        parsed.expectedVersion,
      );
    },
    async get(ref) {
      const parsed = parseInput(refSchema, ref, { scope: SCOPE, field: 'ref' });
      return store.get(parsed.tenant, parsed.requestId);
    },
    async deadline(ref) {
      const parsed = parseInput(refSchema, ref, { scope: SCOPE, field: 'ref' });
      const request = await load(parsed.tenant, parsed.requestId);
      return computeDeadline(request, engineOptions(request, clock.now()));
    },
    async due(query) {
      const parsed = parseInput(
        z.object({ tenant: tenantIdSchema, before: instantSchema }).strict(),
        query,
        { scope: SCOPE, field: 'query' },
      );
      const before = new Date(parsed.before).getTime();
      const now = clock.now();
      const entries: DueEntry[] = [];
      for (const request of await store.list(parsed.tenant)) {
        if (isClosedState(request.state)) continue;
        const deadline = computeDeadline(request, engineOptions(request, now));
        if (deadline.outcome !== 'due' || Date.parse(deadline.dueAt) > before) continue;
        entries.push({ request, deadline });
      }
      return entries.sort((a, b) =>
        a.deadline.dueAt === b.deadline.dueAt
          ? a.request.id < b.request.id
            ? -1
            : 1
          : a.deadline.dueAt < b.deadline.dueAt
            ? -1
            : 1,
      );
    },
    async fulfil(ref) {
      const parsed = parseInput(fulfilSchema, ref, { scope: SCOPE, field: 'ref' });
      await load(parsed.tenant, parsed.requestId);
      return runFulfilment({
        tenant: parsed.tenant,
        requestId: parsed.requestId,
        load: () => load(parsed.tenant, parsed.requestId),
        apply: (event) => applyEvent(parsed.tenant, parsed.requestId, event),
        now: () => clock.now(),
        systems,
        exemptions,
        maxAttempts: options.maxAttempts ?? 3,
        ...(options.policy?.erasureGraceWindow === undefined
          ? {}
          : { erasureGraceWindow: options.policy.erasureGraceWindow }),
        ...(parsed.patch === undefined ? {} : { patch: parsed.patch }),
      });
    },
    async history(ref) {
      const parsed = parseInput(refSchema, ref, { scope: SCOPE, field: 'ref' });
      return store.events(parsed.tenant, parsed.requestId);
    },
    async verifyAudit(ref) {
      const parsed = parseInput(refSchema, ref, { scope: SCOPE, field: 'ref' });
      const request = await load(parsed.tenant, parsed.requestId);
      const events = await store.events(parsed.tenant, parsed.requestId);
      const verification = verifyChain(events);
      return {
        ...verification,
        versionMatches: verification.ok && verification.head.seq === request.version,
      };
    },
  };
}
