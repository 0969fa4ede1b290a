import type { CalendarDate } from '@pledge/core';
import { z } from 'zod';
import {
  calendarDateSchema,
  identifierSchema,
  type KeptCategory,
  keptCategorySchema,
  type RestrictedCategory,
  reasonCodeSchema,
  type TaskOperation,
  type TaskStatus,
} from './request.js';

/** Every event a request accepts. The transition table says in which states. */
export const DSR_EVENT_TYPES = [
  'request-identity',
  'verify-identity',
  'begin',
  'pay-fee',
  'request-clarification',
  'receive-clarification',
  'hold',
  'release',
  'notify-extension',
  'schedule-erasure',
  'cancel-erasure',
  'start-task',
  'finish-task',
  'complete',
  'complete-partially',
  'deny',
  'withdraw',
  'expire',
  'forward-to-controller',
  'appeal',
  'uphold-appeal',
  'deny-appeal',
  'reopen',
  'restrict-processing',
  'notify-restriction-lift',
  'lift-restriction',
] as const;

/** The name of an event (see {@link DSR_EVENT_TYPES}). */
export type DsrEventType = (typeof DSR_EVENT_TYPES)[number];

/**
 * An event applied to a request by {@link transition}. Each variant carries only what the
 * audit trail needs; personal data (names, exported records) never goes into an event.
 */
export type DsrEvent =
  | { readonly type: 'request-identity' }
  | { readonly type: 'verify-identity' /** How identity was checked. */; readonly method?: string }
  | { readonly type: 'begin' }
  | { readonly type: 'pay-fee' }
  | { readonly type: 'request-clarification' }
  | { readonly type: 'receive-clarification' }
  | { readonly type: 'hold' /** Why (UPPER_SNAKE). */; readonly reasonCode: string }
  | { readonly type: 'release' }
  | {
      readonly type: 'notify-extension';
      /** Why more time is needed (UPPER_SNAKE), e.g. `COMPLEXITY`, `NUMBER_OF_REQUESTS`. */
      readonly reasonCode: string;
      /** Regimes without a fixed cap (Swiss DPO Art. 18(2)): the date promised to the subject. */
      readonly until?: CalendarDate;
    }
  | {
      readonly type: 'schedule-erasure';
      /** The instant after which erasure may run (end of the grace window). */
      readonly executeAfter: string;
    }
  | { readonly type: 'cancel-erasure' }
  | {
      readonly type: 'start-task';
      /** Task id. */
      readonly taskId: string;
      /** Data system id. */
      readonly system: string;
      /** Operation. */
      readonly operation: TaskOperation;
      /** Key passed to the connector. */
      readonly idempotencyKey: string;
    }
  | {
      readonly type: 'finish-task';
      /** Task id. */
      readonly taskId: string;
      /** Result: `done`, `failed` (will be retried) or `needs-review` (a human must check). */
      readonly status: Exclude<TaskStatus, 'started'>;
      /** Error code when failed (never the error message, which may hold personal data). */
      readonly errorCode?: string;
    }
  | { readonly type: 'complete' }
  | {
      readonly type: 'complete-partially';
      /** Categories kept under an exemption (at least one). */
      readonly kept: readonly KeptCategory[];
      /** Recipients to notify of the erasure (GDPR Art. 19). */
      readonly recipientsToNotify?: readonly string[];
      /** Kept categories a data system restricted. */
      readonly restricted?: readonly RestrictedCategory[];
    }
  | {
      readonly type: 'deny';
      /** Ground for denial (UPPER_SNAKE), e.g. `IDENTITY_NOT_VERIFIED`, `MANIFESTLY_UNFOUNDED`. */
      readonly reasonCode: string;
      /** The explanation sent to the subject. */
      readonly text: string;
    }
  | { readonly type: 'withdraw' }
  | { readonly type: 'expire' }
  | {
      readonly type: 'forward-to-controller';
      /** The controller (the host's customer) the request is passed to. */
      readonly controller: string;
    }
  | { readonly type: 'appeal' }
  | { readonly type: 'uphold-appeal' /** Explanation to the subject. */; readonly text?: string }
  | { readonly type: 'deny-appeal' /** Explanation to the subject. */; readonly text?: string }
  | { readonly type: 'reopen' }
  | { readonly type: 'restrict-processing' /** Why (UPPER_SNAKE). */; readonly reasonCode: string }
  | { readonly type: 'notify-restriction-lift' }
  | { readonly type: 'lift-restriction' };

const text = z.string().min(1).max(5000);
const taskId = z.string().min(1).max(500);

/** zod schema for a {@link DsrEvent}. */
export const dsrEventSchema: z.ZodType<DsrEvent> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('request-identity') }).strict(),
  z
    .object({ type: z.literal('verify-identity'), method: identifierSchema.exactOptional() })
    .strict(),
  z.object({ type: z.literal('begin') }).strict(),
  z.object({ type: z.literal('pay-fee') }).strict(),
  z.object({ type: z.literal('request-clarification') }).strict(),
  z.object({ type: z.literal('receive-clarification') }).strict(),
  z.object({ type: z.literal('hold'), reasonCode: reasonCodeSchema }).strict(),
  z.object({ type: z.literal('release') }).strict(),
  z
    .object({
      type: z.literal('notify-extension'),
      reasonCode: reasonCodeSchema,
      until: calendarDateSchema.exactOptional(),
    })
    .strict(),
  z
    .object({ type: z.literal('schedule-erasure'), executeAfter: z.iso.datetime({ offset: true }) })
    .strict(),
  z.object({ type: z.literal('cancel-erasure') }).strict(),
  z
    .object({
      type: z.literal('start-task'),
      taskId,
      system: identifierSchema,
      operation: z.enum(['access', 'erase', 'restrict', 'rectify']),
      idempotencyKey: taskId,
    })
    .strict(),
  z
    .object({
      type: z.literal('finish-task'),
      taskId,
      status: z.enum(['done', 'failed', 'needs-review']),
      errorCode: z.string().min(1).max(100).exactOptional(),
    })
    .strict(),
  z.object({ type: z.literal('complete') }).strict(),
  z
    .object({
      type: z.literal('complete-partially'),
      kept: z.array(keptCategorySchema).min(1).max(1000).readonly(),
      recipientsToNotify: z.array(z.string().min(1).max(200)).max(1000).readonly().exactOptional(),
      restricted: z
        .array(
          z.object({ system: identifierSchema, category: z.string().min(1).max(200) }).strict(),
        )
        .max(1000)
        .readonly()
        .exactOptional(),
    })
    .strict(),
  z.object({ type: z.literal('deny'), reasonCode: reasonCodeSchema, text }).strict(),
  z.object({ type: z.literal('withdraw') }).strict(),
  z.object({ type: z.literal('expire') }).strict(),
  z.object({ type: z.literal('forward-to-controller'), controller: identifierSchema }).strict(),
  z.object({ type: z.literal('appeal') }).strict(),
  z.object({ type: z.literal('uphold-appeal'), text: text.exactOptional() }).strict(),
  z.object({ type: z.literal('deny-appeal'), text: text.exactOptional() }).strict(),
  z.object({ type: z.literal('reopen') }).strict(),
  z.object({ type: z.literal('restrict-processing'), reasonCode: reasonCodeSchema }).strict(),
  z.object({ type: z.literal('notify-restriction-lift') }).strict(),
  z.object({ type: z.literal('lift-restriction') }).strict(),
]) as unknown as z.ZodType<DsrEvent>;
