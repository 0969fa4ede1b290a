import {
  type CalendarDate,
  type Citation,
  isCalendarDate,
  isJurisdiction,
  isTimeZone,
  type RegimeId,
} from '@pledge/core';
import { citationSchema, regimeIdSchema, tenantIdSchema } from '@pledge/core/schemas';
import { z } from 'zod';

/**
 * Every kind of data-subject request. `opt-out-of-sale` covers sale and sharing (CCPA
 * §1798.120, §1798.135); `limit-sensitive-data` is the CCPA right to limit the use of sensitive
 * personal information; `appeal` is a request to reconsider a decision (US state laws).
 */
export const REQUEST_TYPES = [
  'access',
  'portability',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'opt-out-of-sale',
  'limit-sensitive-data',
  'withdraw-consent',
  'appeal',
] as const;

/** A kind of data-subject request (see {@link REQUEST_TYPES}). */
export type RequestType = (typeof REQUEST_TYPES)[number];

/** Every state a request can be in (see the transition table for how they connect). */
export const DSR_STATES = [
  'received',
  'verifying',
  'in-progress',
  'awaiting-subject',
  'on-hold',
  'pending-irreversible',
  'completed',
  'partially-completed',
  'denied',
  'withdrawn',
  'expired',
  'forwarded-to-controller',
  'appeal-pending',
  'appeal-upheld',
  'appeal-denied',
] as const;

/**
 * Where a request stands.
 *
 * - `received`: logged, nothing done yet. `verifying`: waiting for proof of identity.
 * - `in-progress`: being fulfilled. `awaiting-subject`: the controller asked the subject to
 *   clarify (some regimes stop the clock). `on-hold`: paused by the controller (never stops
 *   the legal clock).
 * - `pending-irreversible`: an erasure is scheduled; the grace window can still be cancelled.
 * - `completed`, `partially-completed` (exemptions kept some data), `denied` (with reason and
 *   remedies), `withdrawn`, `expired` (identity never verified), `forwarded-to-controller`
 *   (processor mode).
 * - `appeal-pending` then `appeal-upheld` (the subject wins, the request reopens) or
 *   `appeal-denied`.
 */
export type DsrState = (typeof DSR_STATES)[number];

/** States in which the controller owes no further action unless the subject appeals. */
export const CLOSED_STATES: readonly DsrState[] = [
  'completed',
  'partially-completed',
  'denied',
  'withdrawn',
  'expired',
  'forwarded-to-controller',
  'appeal-upheld',
  'appeal-denied',
];

/** True when the request needs no further action from the controller. */
export function isClosedState(state: DsrState): boolean {
  return CLOSED_STATES.includes(state);
}

/**
 * Kinds of clock event. Deadlines are derived from these every time they are asked for,
 * never stored as a date.
 */
export type ClockEventKind =
  | 'received'
  | 'identity-verified'
  | 'fee-paid'
  | 'clarification-requested'
  | 'clarification-received'
  | 'extension-noticed'
  | 'appeal-received';

/** One event on a request's clock. */
export interface ClockEvent {
  /** What happened. */
  readonly kind: ClockEventKind;
  /** When it happened (ISO 8601 instant, UTC). */
  readonly at: string;
  /**
   * For `extension-noticed` under a regime without a fixed cap (Swiss DPO Art. 18(2)): the
   * date the controller told the subject it would answer by.
   */
  readonly until?: CalendarDate;
}

/** A remedy the subject must be told about when a request is denied. */
export interface Remedy {
  /** What the subject can do. */
  readonly kind:
    | 'complaint-to-supervisory-authority'
    | 'judicial-remedy'
    | 'appeal-to-controller'
    | 'complaint-to-attorney-general';
  /** The provision that requires the controller to mention it. */
  readonly citation: Citation;
}

/** A category of data that an exemption keeps from erasure; it is restricted instead. */
export interface KeptCategory {
  /** The data category kept, e.g. `invoices`. */
  readonly category: string;
  /** The data system holding it, when known. */
  readonly system?: string;
  /** Why it is kept. */
  readonly basis: ExemptionBasis;
  /** The provision that allows keeping it, e.g. GDPR Art. 17(3)(b). */
  readonly citation: Citation;
  /** Last day it must be kept, when known. */
  readonly until?: CalendarDate;
}

/**
 * Grounds on which erasure may be refused for a category. GDPR Art. 17(3): (a) freedom of
 * expression, (b) legal obligation, (c) public health, (d) archiving and research, (e) legal
 * claims.
 */
export type ExemptionBasis =
  | 'freedom-of-expression'
  | 'legal-obligation'
  | 'public-health'
  | 'archiving-research'
  | 'legal-claims';

/** A kept category that a data system restricted (GDPR Art. 18, Art. 17(3)). */
export interface RestrictedCategory {
  /** The data system that restricted it. */
  readonly system: string;
  /** The category. */
  readonly category: string;
}

/** How a closed request ended. */
export type DsrOutcome =
  | { readonly kind: 'completed' }
  | {
      readonly kind: 'partially-completed';
      /** Categories kept under an exemption; they are restricted, not used further. */
      readonly kept: readonly KeptCategory[];
      /** Recipients to tell about the erasure (GDPR Art. 19). */
      readonly recipientsToNotify: readonly string[];
      /** Kept categories whose processing a data system confirmed it restricted. */
      readonly restricted: readonly RestrictedCategory[];
    }
  | {
      readonly kind: 'denied';
      /** Stable UPPER_SNAKE code of the ground for denial. */
      readonly reasonCode: string;
      /** The explanation given to the subject. */
      readonly text: string;
      /** Remedies the regime requires the controller to mention. */
      readonly remedies: readonly Remedy[];
    }
  | {
      readonly kind: 'forwarded' /** The controller the request went to. */;
      readonly controller: string;
    };

/**
 * Restriction of processing while a request is disputed or delayed (GDPR Art. 18; James PRO
 * policy). A flag beside the state: it survives state changes and has its own events.
 */
export interface ProcessingRestriction {
  /** When the restriction started. */
  readonly since: string;
  /** Why (UPPER_SNAKE), e.g. `ACCURACY_CONTESTED`. */
  readonly reasonCode: string;
  /** When the subject was told that it will lift (GDPR Art. 18(3)); required before lifting. */
  readonly liftNoticeAt?: string;
}

/** Operations a data system may perform for a request. */
export type TaskOperation = 'access' | 'erase' | 'restrict' | 'rectify';

/** Where one fulfilment task stands. */
export type TaskStatus = 'started' | 'done' | 'failed' | 'needs-review';

/** One unit of fulfilment work: one operation on one data system. */
export interface TaskRecord {
  /** Stable id: request id, system id and operation. */
  readonly id: string;
  /** The data system. */
  readonly system: string;
  /** The operation. */
  readonly operation: TaskOperation;
  /** Current status. */
  readonly status: TaskStatus;
  /** How many times the connector was called. */
  readonly attempts: number;
  /** Key passed to the connector so it can de-duplicate. */
  readonly idempotencyKey: string;
  /** Error code of the last failure, when the task failed. */
  readonly errorCode?: string;
}

/** A data-subject request: the projection of its event history. */
export interface DsrRequest {
  /** Unique id within the tenant. */
  readonly id: string;
  /** The tenant (the host's customer or workspace). */
  readonly tenant: string;
  /** The kind of request. */
  readonly type: RequestType;
  /** Pseudonymous id of the data subject (never a name or e-mail). */
  readonly subject: string;
  /** Where the subject is, ISO 3166-1/-2. */
  readonly jurisdiction: string;
  /** Regimes that applied on receipt (from `regimesFor` unless given). */
  readonly regimes: readonly RegimeId[];
  /** IANA zone in which the deadline days are counted. */
  readonly timeZone: string;
  /** How the request arrived, e.g. `web-form`, `e-mail`, `support-ticket`. */
  readonly channel?: string;
  /** For an `appeal` request: the request appealed against. */
  readonly appealOf?: string;
  /** Current state. */
  readonly state: DsrState;
  /** Number of events recorded; the next write must expect it (optimistic concurrency). */
  readonly version: number;
  /** Clock events in order; deadlines are derived from them. */
  readonly clock: readonly ClockEvent[];
  /** Restriction of processing, while active. */
  readonly restriction?: ProcessingRestriction;
  /** How the request ended, once closed. */
  readonly outcome?: DsrOutcome;
  /** While `pending-irreversible`: erasure runs from this instant. */
  readonly erasureExecuteAfter?: string;
  /** Fulfilment tasks. */
  readonly tasks: readonly TaskRecord[];
}

const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._:@/-]{0,199}$/;
const REASON_CODE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

/** zod schema for an id (tenant, request, subject, system): 1–200 safe characters. */
export const identifierSchema: z.ZodType<string> = z
  .string()
  .regex(IDENTIFIER, { message: 'expected 1-200 letters, digits or ._:@/-' });

/** zod schema for an UPPER_SNAKE reason code. */
export const reasonCodeSchema: z.ZodType<string> = z
  .string()
  .max(100)
  .regex(REASON_CODE, { message: 'expected an UPPER_SNAKE code' });

/** zod schema for a {@link RequestType}. */
export const requestTypeSchema: z.ZodType<RequestType> = z.enum(REQUEST_TYPES);

/** zod schema for a {@link DsrState}. */
export const dsrStateSchema: z.ZodType<DsrState> = z.enum(DSR_STATES);

/** zod schema for a calendar date `YYYY-MM-DD`. */
export const calendarDateSchema: z.ZodType<CalendarDate> = z
  .string()
  .refine(isCalendarDate, { message: 'expected a calendar date YYYY-MM-DD' });

/** zod schema for an ISO 8601 instant with `Z` or an offset, or a `Date`. */
export const instantSchema: z.ZodType<string | Date> = z.union([
  z.date().refine((date) => !Number.isNaN(date.getTime()), { message: 'expected a valid Date' }),
  z.iso.datetime({ offset: true }),
]);

/** zod schema for a jurisdiction code checked against ISO 3166. */
export const jurisdictionCodeSchema: z.ZodType<string> = z
  .string()
  .refine(isJurisdiction, { message: 'expected an ISO 3166-1 alpha-2 or ISO 3166-2 code' });

/** zod schema for an IANA time zone. */
export const timeZoneSchema: z.ZodType<string> = z
  .string()
  .refine(isTimeZone, { message: 'expected an IANA time zone name' });

/** What a host submits to open a request. */
export interface NewRequestInput {
  /** The tenant. */
  readonly tenant: string;
  /** The kind of request. */
  readonly type: RequestType;
  /** Pseudonymous id of the data subject. */
  readonly subject: string;
  /** Where the subject is (ISO 3166-1/-2). */
  readonly jurisdiction: string;
  /** Override the regimes (default: `regimesFor(jurisdiction, receivedAt)`). */
  readonly regimes?: readonly RegimeId[];
  /** IANA zone for counting days (default `UTC`). */
  readonly timeZone?: string;
  /** How the request arrived. */
  readonly channel?: string;
  /** When it was received (default: the service clock). */
  readonly receivedAt?: string | Date;
  /** Request id (default: generated). */
  readonly id?: string;
  /** For `appeal`: the request appealed against. */
  readonly appealOf?: string;
}

/** zod schema for {@link NewRequestInput}. */
export const newRequestInputSchema: z.ZodType<NewRequestInput> = z
  .object({
    tenant: tenantIdSchema,
    type: requestTypeSchema,
    subject: identifierSchema,
    jurisdiction: jurisdictionCodeSchema,
    regimes: z.array(regimeIdSchema).max(20).readonly().exactOptional(),
    timeZone: timeZoneSchema.exactOptional(),
    channel: identifierSchema.exactOptional(),
    receivedAt: instantSchema.exactOptional(),
    id: identifierSchema.exactOptional(),
    appealOf: identifierSchema.exactOptional(),
  })
  .strict();

/** zod schema for a {@link KeptCategory}. */
export const keptCategorySchema: z.ZodType<KeptCategory> = z
  .object({
    category: z.string().min(1).max(200),
    system: identifierSchema.exactOptional(),
    basis: z.enum([
      'freedom-of-expression',
      'legal-obligation',
      'public-health',
      'archiving-research',
      'legal-claims',
    ]),
    citation: citationSchema,
    until: calendarDateSchema.exactOptional(),
  })
  .strict();

const clockEventSchema: z.ZodType<ClockEvent> = z
  .object({
    kind: z.enum([
      'received',
      'identity-verified',
      'fee-paid',
      'clarification-requested',
      'clarification-received',
      'extension-noticed',
      'appeal-received',
    ]),
    at: z.iso.datetime({ offset: true }),
    until: calendarDateSchema.exactOptional(),
  })
  .strict();

const remedySchema: z.ZodType<Remedy> = z
  .object({
    kind: z.enum([
      'complaint-to-supervisory-authority',
      'judicial-remedy',
      'appeal-to-controller',
      'complaint-to-attorney-general',
    ]),
    citation: citationSchema,
  })
  .strict();

const taskSchema: z.ZodType<TaskRecord> = z
  .object({
    id: z.string().min(1).max(500),
    system: identifierSchema,
    operation: z.enum(['access', 'erase', 'restrict', 'rectify']),
    status: z.enum(['started', 'done', 'failed', 'needs-review']),
    attempts: z.number().int().min(0),
    idempotencyKey: z.string().min(1).max(500),
    errorCode: z.string().max(100).exactOptional(),
  })
  .strict();

/** zod schema for a stored {@link DsrRequest}, used when a store hands one back. */
export const dsrRequestSchema: z.ZodType<DsrRequest> = z
  .object({
    id: identifierSchema,
    tenant: tenantIdSchema,
    type: requestTypeSchema,
    subject: identifierSchema,
    jurisdiction: jurisdictionCodeSchema,
    regimes: z.array(regimeIdSchema).readonly(),
    timeZone: timeZoneSchema,
    channel: identifierSchema.exactOptional(),
    appealOf: identifierSchema.exactOptional(),
    state: dsrStateSchema,
    version: z.number().int().min(0),
    clock: z.array(clockEventSchema).min(1).readonly(),
    restriction: z
      .object({
        since: z.iso.datetime({ offset: true }),
        reasonCode: reasonCodeSchema,
        liftNoticeAt: z.iso.datetime({ offset: true }).exactOptional(),
      })
      .strict()
      .exactOptional(),
    outcome: z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('completed') }).strict(),
        z
          .object({
            kind: z.literal('partially-completed'),
            kept: z.array(keptCategorySchema).readonly(),
            recipientsToNotify: z.array(z.string()).readonly(),
            restricted: z
              .array(z.object({ system: identifierSchema, category: z.string() }).strict())
              .readonly(),
          })
          .strict(),
        z
          .object({
            kind: z.literal('denied'),
            reasonCode: reasonCodeSchema,
            text: z.string().max(5000),
            remedies: z.array(remedySchema).readonly(),
          })
          .strict(),
        z.object({ kind: z.literal('forwarded'), controller: identifierSchema }).strict(),
      ])
      .exactOptional(),
    erasureExecuteAfter: z.iso.datetime({ offset: true }).exactOptional(),
    tasks: z.array(taskSchema).readonly(),
  })
  .strict() as unknown as z.ZodType<DsrRequest>;
