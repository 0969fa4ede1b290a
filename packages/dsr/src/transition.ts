import {
  calendarDateIn,
  type HolidayCalendar,
  invalidInput,
  parseInput,
  parseInstant,
  type Reason,
  type RegimeId,
  reason,
  regimesFor,
  sha256Hex,
} from '@pledge/core';
import { z } from 'zod';
import { computeDeadline } from './deadline.js';
import { type DsrEvent, type DsrEventType, dsrEventSchema } from './event.js';
import { type DsrPolicy, dsrPolicySchema } from './policy.js';
import {
  type ClockEvent,
  type DsrRequest,
  type DsrState,
  dsrRequestSchema,
  instantSchema,
  type NewRequestInput,
  newRequestInputSchema,
  type Remedy,
  type TaskRecord,
} from './request.js';
import {
  APPEAL_RULES,
  type AppealRule,
  DEADLINE_RULES,
  type DeadlineRule,
} from './rules/deadlines.js';
import { TRANSITION_TABLE } from './transition-table.js';

const SCOPE = '@pledge/dsr';

/**
 * Why an event was refused. `ILLEGAL_TRANSITION`: the table has no such event in the current
 * state. `GUARD_FAILED`: the table allows it, but a rule of the regime or of the machine does
 * not (the reasons say which).
 */
export type TransitionRejectionCode = 'ILLEGAL_TRANSITION' | 'GUARD_FAILED';

/** Reason codes in a {@link TransitionRejection}. */
export type TransitionReasonCode =
  | 'ILLEGAL_TRANSITION'
  | 'EVENT_BEFORE_RECEIPT'
  | 'VERIFICATION_REQUIRED'
  | 'IDENTITY_NOT_VERIFIED'
  | 'EXTENSION_NOT_AVAILABLE'
  | 'EXTENSION_NOTICE_TOO_LATE'
  | 'EXTENSION_ALREADY_NOTICED'
  | 'EXTENSION_DATE_REQUIRED'
  | 'EXTENSION_EXCEEDS_POLICY_PROMISE'
  | 'NOT_AN_ERASURE'
  | 'GRACE_WINDOW_INVALID'
  | 'GRACE_WINDOW_OPEN'
  | 'IRREVERSIBLE_STEP_STARTED'
  | 'TASK_ALREADY_DONE'
  | 'TASK_NEEDS_REVIEW'
  | 'TASK_UNKNOWN'
  | 'TASK_NOT_STARTED'
  | 'TASKS_OUTSTANDING'
  | 'APPEAL_NOT_AVAILABLE'
  | 'RESTRICTION_ALREADY_ACTIVE'
  | 'RESTRICTION_NOT_ACTIVE'
  | 'SUBJECT_NOT_TOLD_BEFORE_LIFT';

/** A refused event: a value, never a throw, and never a silent no-op. */
export interface TransitionRejection {
  /** What kind of refusal. */
  readonly code: TransitionRejectionCode;
  /** The state the request stays in. */
  readonly state: DsrState;
  /** The refused event. */
  readonly event: DsrEventType;
  /** Why, with citations where a law is the reason. */
  readonly reasons: readonly Reason<TransitionReasonCode | string>[];
}

/**
 * The body of one audit event: what happened to which request, and the state before and
 * after. The service chains these with `appendLink`. Exported data never appears here.
 */
export interface DsrAuditBody {
  /** The request. */
  readonly requestId: string;
  /** The tenant. */
  readonly tenant: string;
  /** The event name (`receive` opens a request). */
  readonly type: DsrEventType | 'receive';
  /** When it happened (ISO 8601, UTC). */
  readonly at: string;
  /** State before (`null` when the request was opened). */
  readonly from: DsrState | null;
  /** State after. */
  readonly to: DsrState;
  /**
   * The event as applied (absent for `receive`), with free text replaced by its SHA-256
   * (`textSha256`): explanations may name people, and the chain must stay verifiable after
   * the projection holding the text is erased.
   */
  readonly event?: AuditedEvent;
}

/**
 * A {@link DsrEvent} as recorded in the audit chain: identical, except that a free-text
 * `text` becomes `textSha256`.
 */
export type AuditedEvent =
  | Exclude<DsrEvent, { readonly text?: string }>
  | (Omit<Extract<DsrEvent, { readonly text?: string }>, 'text'> & {
      /** SHA-256 of the text given to the subject, when there was one. */
      readonly textSha256?: string;
    });

function auditedEvent(event: DsrEvent): AuditedEvent {
  if (!('text' in event) || event.text === undefined) return event;
  const { text, ...rest } = event;
  return { ...rest, textSha256: sha256Hex(text) };
}

/** Result of {@link transition}. */
export type TransitionResult =
  | { readonly ok: true; readonly request: DsrRequest; readonly event: DsrAuditBody }
  | { readonly ok: false; readonly rejection: TransitionRejection };

/** Options for {@link transition} and {@link openRequest}. */
export interface TransitionOptions {
  /** When the event happens. */
  readonly at: string | Date;
  /** The host's policy (extension guard with a policy promise). */
  readonly policy?: DsrPolicy;
  /** Replace the bundled deadline table. */
  readonly rules?: readonly DeadlineRule[];
  /** Replace the bundled appeal table. */
  readonly appealRules?: readonly AppealRule[];
  /** Holiday calendar for deadline guards (see `computeDeadline`). */
  readonly calendar?: HolidayCalendar;
}

const optionsSchema = z.looseObject({ at: instantSchema, policy: dsrPolicySchema.exactOptional() });

// Access and portability hand personal data to the requester: identity first.
const NEEDS_VERIFIED_IDENTITY = new Set(['access', 'portability']);

function hasVerifiedIdentity(request: DsrRequest): boolean {
  return request.clock.some((event) => event.kind === 'identity-verified');
}

function withClock(request: DsrRequest, event: ClockEvent): DsrRequest {
  return { ...request, clock: [...request.clock, event] };
}

function remediesFor(request: DsrRequest, rules: readonly DeadlineRule[]): Remedy[] {
  const receipt = request.clock[0]?.at.slice(0, 10) ?? '';
  const remedies: Remedy[] = [];
  for (const rule of rules) {
    if (!request.regimes.includes(rule.regime) || !rule.requestTypes.includes(request.type))
      continue;
    if (rule.validFrom > receipt || (rule.validTo !== undefined && rule.validTo < receipt))
      continue;
    for (const remedy of rule.denialRemedies) {
      if (!remedies.some((known) => known.kind === remedy.kind)) remedies.push(remedy);
    }
  }
  return remedies;
}

function replaceTask(tasks: readonly TaskRecord[], task: TaskRecord): TaskRecord[] {
  const others = tasks.filter((known) => known.id !== task.id);
  return [...others, task];
}

type Guarded =
  | { readonly ok: true; readonly request: DsrRequest }
  | { readonly ok: false; readonly reasons: Reason[] };

function refuse(code: TransitionReasonCode, params: Record<string, unknown> = {}): Guarded {
  return { ok: false, reasons: [reason(code, params)] };
}

/**
 * Applies the event's effects after the table allowed it: guards, clock events, tasks,
 * outcomes. One case per event type; the `never` default makes a new event a compile error.
 */
function applyEffects(
  request: DsrRequest,
  event: DsrEvent,
  at: string,
  options: TransitionOptions,
): Guarded {
  const rules = options.rules ?? DEADLINE_RULES;
  switch (event.type) {
    case 'request-identity':
    case 'hold':
    case 'release':
    case 'expire':
    case 'uphold-appeal':
    case 'deny-appeal':
      return { ok: true, request };
    case 'verify-identity':
      return { ok: true, request: withClock(request, { kind: 'identity-verified', at }) };
    case 'begin':
      return NEEDS_VERIFIED_IDENTITY.has(request.type)
        ? refuse('VERIFICATION_REQUIRED', { type: request.type })
        : { ok: true, request };
    case 'pay-fee':
      return { ok: true, request: withClock(request, { kind: 'fee-paid', at }) };
    case 'request-clarification':
      return { ok: true, request: withClock(request, { kind: 'clarification-requested', at }) };
    case 'receive-clarification':
      return { ok: true, request: withClock(request, { kind: 'clarification-received', at }) };
    case 'notify-extension': {
      const deadline = computeDeadline(request, {
        at,
        ...(options.policy === undefined ? {} : { policy: options.policy }),
        ...(options.rules === undefined ? {} : { rules: options.rules }),
        ...(options.calendar === undefined ? {} : { calendar: options.calendar }),
      });
      if (deadline.outcome !== 'due' || !deadline.extension.allowed) {
        const today = calendarDateIn(new Date(at), request.timeZone);
        const code: TransitionReasonCode =
          deadline.outcome !== 'due' || deadline.extension.noticeBy === undefined
            ? 'EXTENSION_NOT_AVAILABLE'
            : deadline.extension.noticed
              ? 'EXTENSION_ALREADY_NOTICED'
              : today > deadline.extension.noticeBy
                ? 'EXTENSION_NOTICE_TOO_LATE'
                : deadline.reasons.some(
                      (why) =>
                        why.code === 'POLICY_DEADLINE_BINDS' || why.code === 'LEGAL_DEADLINE_BINDS',
                    )
                  ? 'EXTENSION_EXCEEDS_POLICY_PROMISE'
                  : 'EXTENSION_NOT_AVAILABLE';
        const noticeBy = deadline.outcome === 'due' ? deadline.extension.noticeBy : undefined;
        const citation = deadline.reasons.find(
          (why) => why.code === 'DEADLINE_RULE_APPLIED',
        )?.citation;
        return {
          ok: false,
          reasons: [
            reason(code, { at, ...(noticeBy === undefined ? {} : { noticeBy }) }, citation),
          ],
        };
      }
      if (deadline.latest === undefined && event.until === undefined) {
        return refuse('EXTENSION_DATE_REQUIRED');
      }
      return {
        ok: true,
        request: withClock(request, {
          kind: 'extension-noticed',
          at,
          ...(event.until === undefined ? {} : { until: event.until }),
        }),
      };
    }
    case 'schedule-erasure':
      if (request.type !== 'erasure') return refuse('NOT_AN_ERASURE', { type: request.type });
      if (Date.parse(event.executeAfter) < Date.parse(at)) return refuse('GRACE_WINDOW_INVALID');
      return {
        ok: true,
        request: { ...request, erasureExecuteAfter: new Date(event.executeAfter).toISOString() },
      };
    case 'cancel-erasure':
    case 'withdraw': {
      const started = request.tasks.some((task) => task.operation === 'erase');
      if (request.state === 'pending-irreversible' && started) {
        return refuse('IRREVERSIBLE_STEP_STARTED');
      }
      const { erasureExecuteAfter: _dropped, ...rest } = request;
      return {
        ok: true,
        request: event.type === 'withdraw' ? request : rest,
      };
    }
    case 'start-task': {
      const known = request.tasks.find((task) => task.id === event.taskId);
      if (known?.status === 'done') return refuse('TASK_ALREADY_DONE', { taskId: event.taskId });
      if (known?.status === 'needs-review')
        return refuse('TASK_NEEDS_REVIEW', { taskId: event.taskId });
      if (event.operation === 'access' && !hasVerifiedIdentity(request)) {
        return refuse('IDENTITY_NOT_VERIFIED');
      }
      if (
        event.operation === 'erase' &&
        request.erasureExecuteAfter !== undefined &&
        Date.parse(at) < Date.parse(request.erasureExecuteAfter)
      ) {
        return refuse('GRACE_WINDOW_OPEN', { executeAfter: request.erasureExecuteAfter });
      }
      const task: TaskRecord = {
        id: event.taskId,
        system: event.system,
        operation: event.operation,
        status: 'started',
        attempts: (known?.attempts ?? 0) + 1,
        idempotencyKey: event.idempotencyKey,
      };
      return { ok: true, request: { ...request, tasks: replaceTask(request.tasks, task) } };
    }
    case 'finish-task': {
      const known = request.tasks.find((task) => task.id === event.taskId);
      if (known === undefined) return refuse('TASK_UNKNOWN', { taskId: event.taskId });
      if (known.status !== 'started' && known.status !== 'needs-review') {
        return refuse('TASK_NOT_STARTED', { taskId: event.taskId });
      }
      const { errorCode: _previous, ...base } = known;
      const task: TaskRecord = {
        ...base,
        status: event.status,
        ...(event.errorCode === undefined ? {} : { errorCode: event.errorCode }),
      };
      return { ok: true, request: { ...request, tasks: replaceTask(request.tasks, task) } };
    }
    case 'complete':
    case 'complete-partially': {
      const outstanding = request.tasks.filter((task) => task.status !== 'done');
      if (outstanding.length > 0) {
        return refuse('TASKS_OUTSTANDING', { tasks: outstanding.map((task) => task.id) });
      }
      const { erasureExecuteAfter: _done, ...rest } = request;
      return {
        ok: true,
        request: {
          ...rest,
          outcome:
            event.type === 'complete'
              ? { kind: 'completed' }
              : {
                  kind: 'partially-completed',
                  kept: event.kept,
                  recipientsToNotify: event.recipientsToNotify ?? [],
                  restricted: event.restricted ?? [],
                },
        },
      };
    }
    case 'deny':
      return {
        ok: true,
        request: {
          ...request,
          outcome: {
            kind: 'denied',
            reasonCode: event.reasonCode,
            text: event.text,
            remedies: remediesFor(request, rules),
          },
        },
      };
    case 'forward-to-controller':
      return {
        ok: true,
        request: { ...request, outcome: { kind: 'forwarded', controller: event.controller } },
      };
    case 'appeal': {
      const receipt = calendarDateIn(new Date(at));
      const available = (options.appealRules ?? APPEAL_RULES).some(
        (rule) =>
          request.regimes.includes(rule.regime) &&
          rule.status !== 'enjoined' &&
          rule.validFrom <= receipt &&
          (rule.validTo === undefined || receipt <= rule.validTo),
      );
      if (!available) return refuse('APPEAL_NOT_AVAILABLE', { regimes: request.regimes });
      return { ok: true, request: withClock(request, { kind: 'appeal-received', at }) };
    }
    case 'reopen': {
      const { outcome: _previous, ...rest } = request;
      return { ok: true, request: rest };
    }
    case 'restrict-processing':
      if (request.restriction !== undefined) return refuse('RESTRICTION_ALREADY_ACTIVE');
      return {
        ok: true,
        request: { ...request, restriction: { since: at, reasonCode: event.reasonCode } },
      };
    case 'notify-restriction-lift':
      if (request.restriction === undefined) return refuse('RESTRICTION_NOT_ACTIVE');
      return {
        ok: true,
        request: { ...request, restriction: { ...request.restriction, liftNoticeAt: at } },
      };
    case 'lift-restriction': {
      if (request.restriction === undefined) return refuse('RESTRICTION_NOT_ACTIVE');
      // GDPR Art. 18(3): the subject is informed before the restriction is lifted.
      if (request.restriction.liftNoticeAt === undefined) {
        return {
          ok: false,
          reasons: [
            reason(
              'SUBJECT_NOT_TOLD_BEFORE_LIFT',
              {},
              {
                law: 'Regulation (EU) 2016/679 (GDPR)',
                article: 'Art. 18(3)',
                url: 'https://www.dataprotection.ie/en/individuals/know-your-rights/right-restriction-article-18-gdpr',
                confidence: 'primary',
                note: 'Irish DPC (regulator): the controller must inform the subject before lifting the restriction. Not in the research notes; checked separately.',
              },
            ),
          ],
        };
      }
      const { restriction: _lifted, ...rest } = request;
      return { ok: true, request: rest };
    }
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

/**
 * Applies one event to a request. Pure: it reads nothing but its arguments and executes no
 * side effect; the service stores the result and chains the audit event.
 *
 * Legality comes only from the transition table; then guards check the regime (extension
 * windows, appeal rights) and the machine (verified identity, grace windows, outstanding
 * tasks, notice before lifting a restriction). A refused event returns
 * `{ ok: false, rejection }`, a value with reason codes, and leaves the request untouched;
 * malformed input (an unknown event type, a missing field) throws a `ValidationError`, as it
 * is a programmer fault rather than a legal outcome.
 *
 * @example
 * ```ts
 * const result = transition(request, { type: 'verify-identity' }, { at: '2026-03-02T09:00:00Z' });
 * if (result.ok) console.log(result.request.state); // 'in-progress'
 * else console.log(result.rejection.reasons[0]?.code);
 * ```
 */
export function transition(
  request: DsrRequest,
  event: DsrEvent,
  options: TransitionOptions,
): TransitionResult {
  const current = parseInput(dsrRequestSchema, request, { scope: SCOPE, field: 'request' });
  const parsedEvent = parseInput(dsrEventSchema, event, { scope: SCOPE, field: 'event' });
  parseInput(optionsSchema, options, { scope: SCOPE, field: 'options' });
  const at = parseInstant(options.at, 'options.at').toISOString();
  const target = TRANSITION_TABLE[current.state][parsedEvent.type];
  if (target === undefined) {
    return {
      ok: false,
      rejection: {
        code: 'ILLEGAL_TRANSITION',
        state: current.state,
        event: parsedEvent.type,
        reasons: [reason('ILLEGAL_TRANSITION', { state: current.state, event: parsedEvent.type })],
      },
    };
  }
  const rejectWith = (reasons: readonly Reason[]): TransitionResult => ({
    ok: false,
    rejection: { code: 'GUARD_FAILED', state: current.state, event: parsedEvent.type, reasons },
  });
  if (at < (current.clock[0]?.at ?? at)) {
    return rejectWith([reason('EVENT_BEFORE_RECEIPT', {})]);
  }
  const applied = applyEffects(current, parsedEvent, at, options);
  if (!applied.ok) return rejectWith(applied.reasons);
  const to = target === 'unchanged' ? current.state : target;
  const next: DsrRequest = { ...applied.request, state: to, version: current.version + 1 };
  return {
    ok: true,
    request: next,
    event: {
      requestId: current.id,
      tenant: current.tenant,
      type: parsedEvent.type,
      at,
      from: current.state,
      to,
      event: auditedEvent(parsedEvent),
    },
  };
}

/** What {@link openRequest} needs besides the input: the id is required here. */
export type OpenRequestInput = NewRequestInput & { readonly id: string };

/**
 * Opens a request in state `received`, with its receipt on the clock and the regimes that
 * apply on that day (`regimesFor(jurisdiction, receivedAt)` unless given). Pure; returns the
 * request (version 1) and the audit body of its first event.
 *
 * @example
 * ```ts
 * const { request } = openRequest(
 *   { id: 'r-1', tenant: 't-1', type: 'access', subject: 'p-1', jurisdiction: 'DE' },
 *   { at: '2026-03-31T10:00:00Z' },
 * );
 * request.regimes; // ['gdpr']
 * ```
 */
export function openRequest(
  input: OpenRequestInput,
  options: { readonly at: string | Date },
): { readonly request: DsrRequest; readonly event: DsrAuditBody } {
  const parsed = parseInput(newRequestInputSchema, input, { scope: SCOPE, field: 'input' });
  if (parsed.id === undefined)
    invalidInput({ scope: SCOPE, field: 'input' }, 'invalid_type', 'expected an id', ['id']);
  parseInput(z.looseObject({ at: instantSchema }), options, { scope: SCOPE, field: 'options' });
  const received = parseInstant(parsed.receivedAt ?? options.at, 'input.receivedAt');
  const at = received.toISOString();
  const regimes: RegimeId[] = parsed.regimes
    ? [...parsed.regimes]
    : regimesFor(parsed.jurisdiction, received).map((match) => match.regime);
  const request: DsrRequest = {
    id: parsed.id as string,
    tenant: parsed.tenant,
    type: parsed.type,
    subject: parsed.subject,
    jurisdiction: parsed.jurisdiction,
    regimes,
    timeZone: parsed.timeZone ?? 'UTC',
    ...(parsed.channel === undefined ? {} : { channel: parsed.channel }),
    ...(parsed.appealOf === undefined ? {} : { appealOf: parsed.appealOf }),
    state: 'received',
    version: 1,
    clock: [{ kind: 'received', at }],
    tasks: [],
  };
  return {
    request,
    event: {
      requestId: request.id,
      tenant: request.tenant,
      type: 'receive',
      at,
      from: null,
      to: 'received',
    },
  };
}
