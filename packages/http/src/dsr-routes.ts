import {
  type DataCategoryDescription,
  type DataSystem,
  type Deadline,
  type DsrRequest,
  type DsrService,
  type DsrStore,
  dsrEventSchema,
  isClosedState,
} from '@pledge/dsr';
import { z } from 'zod';
import { exportResponse } from './dsr-export.js';
import {
  json,
  notFound,
  parseRequestPart,
  queryOf,
  type Route,
  type RouteContext,
} from './http-io.js';
import type { IdentityVerifier } from './identity-verification.js';
import { problemResponse } from './problem.js';
import { submitRequestBodySchema, tokenQuerySchema, verifyBodySchema } from './request-schemas.js';

/** What the host's delivery hook receives: send `code` to the requester, never log it elsewhere. */
export interface VerificationMessage {
  /** The tenant. */
  readonly tenant: string;
  /** The request the code verifies. */
  readonly requestId: string;
  /** The kind of request, for the message text. */
  readonly type: string;
  /** The one-time code. */
  readonly code: string;
  /** When the code stops being accepted (ISO 8601). */
  readonly expiresAt: string;
  /** The contact the requester gave in the form (personal data: use it, do not store it). */
  readonly contact?: string;
}

/** What the DSR routes need. */
export interface DsrRoutesOptions {
  /** The tenant's DSR service. */
  readonly service: DsrService;
  /**
   * The DSR store the service uses. With it the operator queue lists every request, closed
   * ones included; without it only open requests with a deadline.
   */
  readonly store?: DsrStore;
  /**
   * The data systems the service fans out to: an export download re-reads them (a read
   * repeats safely), so the handler keeps no personal data between requests.
   */
  readonly systems?: readonly DataSystem[];
  /**
   * What the host tells every requester about its processing (GDPR Art. 15(1)): added to each
   * export as the `processing` entry, e.g. `describeDataCategories(policy)`.
   */
  readonly categories?: readonly DataCategoryDescription[];
  /** Delivers the one-time code out of band (e-mail, SMS; the example server logs it). */
  readonly verification: {
    send(message: VerificationMessage): void | Promise<void>;
  };
  /** Recorded as the request's channel (default `web-form`). */
  readonly channel?: string;
}

const idSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:@/-]{0,199}$/);
const FAR_FUTURE = '9999-12-31T23:59:59Z';

/** One line of the operator queue. */
export interface QueueEntry {
  readonly id: string;
  readonly type: string;
  readonly state: string;
  readonly subject: string;
  readonly jurisdiction: string;
  readonly receivedAt: string;
  readonly version: number;
  /** True once the request reached a final state (completed, denied, withdrawn, …). */
  readonly closed: boolean;
  readonly deadline: Deadline;
}

function receivedAt(request: DsrRequest): string {
  return request.clock.find((event) => event.kind === 'received')?.at ?? '';
}

function urgency(entry: QueueEntry): [number, string] {
  const { closed } = entry;
  if (!closed && entry.deadline.outcome === 'due') return [0, entry.deadline.dueAt];
  if (!closed) return [1, entry.receivedAt];
  return [2, entry.receivedAt];
}

function compareQueue(a: QueueEntry, b: QueueEntry): number {
  const [groupA, keyA] = urgency(a);
  const [groupB, keyB] = urgency(b);
  if (groupA !== groupB) return groupA - groupB;
  // Open requests: earliest deadline first; closed: newest first.
  if (keyA !== keyB) return (keyA < keyB ? -1 : 1) * (groupA === 2 ? -1 : 1);
  return a.id < b.id ? -1 : 1;
}

/** @internal The subject-facing and operator DSR routes. */
export function dsrRoutes(options: DsrRoutesOptions, verifier: IdentityVerifier): Route[] {
  const { service } = options;
  const systems = options.systems ?? [];

  async function load(context: RouteContext): Promise<DsrRequest | undefined> {
    const id = context.params.id ?? '';
    if (!idSchema.safeParse(id).success) return undefined;
    return service.get({ tenant: context.tenant, requestId: id });
  }

  /** The request when `token` is its tracking token; otherwise undefined (answered 404). */
  async function loadWithToken(
    context: RouteContext,
    token: string,
  ): Promise<DsrRequest | undefined> {
    const request = await load(context);
    if (request === undefined) return undefined;
    const valid = verifier.checkTrackingToken({
      tenant: context.tenant,
      requestId: request.id,
      token,
    });
    return valid ? request : undefined;
  }

  /** The request named by the path and the query's `token`. */
  async function fromQuery(context: RouteContext) {
    const query = parseRequestPart(tokenQuerySchema, queryOf(context.url), 'query');
    return { query, request: await loadWithToken(context, query.token) };
  }

  const deadlineOf = (request: DsrRequest) =>
    service.deadline({ tenant: request.tenant, requestId: request.id });

  async function timeline(request: DsrRequest, full: boolean) {
    const events = await service.history({ tenant: request.tenant, requestId: request.id });
    return events.map((stored) => {
      const { at, type, from, to, event } = stored.body;
      return full
        ? {
            seq: stored.seq,
            hash: stored.hash,
            at,
            type,
            from,
            state: to,
            ...(event ? { event } : {}),
          }
        : { at, type, state: to };
    });
  }

  const subjectNotFound = () => notFound('no such request, or the token does not match');

  return [
    {
      method: 'POST',
      path: '/dsr/requests',
      action: 'dsr:submit',
      async run(context) {
        const body = await context.body(submitRequestBodySchema);
        const jurisdiction = await context.requiredJurisdiction(body.jurisdiction);
        const submitted = await service.submit({
          tenant: context.tenant,
          type: body.type as DsrRequest['type'],
          subject: body.subject,
          jurisdiction,
          channel: options.channel ?? 'web-form',
        });
        const asked = await service.apply({
          tenant: context.tenant,
          requestId: submitted.id,
          event: { type: 'request-identity' },
        });
        const request = asked.ok ? asked.request : submitted;
        const issued = verifier.issueCode({
          tenant: context.tenant,
          requestId: request.id,
          issuedAt: receivedAt(request),
        });
        try {
          await options.verification.send({
            tenant: context.tenant,
            requestId: request.id,
            type: request.type,
            code: issued.code,
            expiresAt: issued.expiresAt,
            ...(body.contact === undefined ? {} : { contact: body.contact }),
          });
        } catch {
          // The request stays in `verifying` and expires unless verified; the host's hook
          // reports its own failure (its message may name the contact).
          return problemResponse({
            status: 502,
            code: 'VERIFICATION_DELIVERY_FAILED',
            detail: 'the verification code could not be delivered; try again later',
            extensions: { id: request.id },
          });
        }
        return json(202, {
          id: request.id,
          token: verifier.trackingToken({ tenant: context.tenant, requestId: request.id }),
          state: request.state,
          deadline: await deadlineOf(request),
        });
      },
    },
    {
      method: 'POST',
      path: '/dsr/requests/:id/verify',
      action: 'dsr:submit',
      async run(context) {
        const body = await context.body(verifyBodySchema);
        const request = await loadWithToken(context, body.token);
        if (request === undefined) return subjectNotFound();
        const ref = { tenant: context.tenant, requestId: request.id };
        if (request.clock.some((event) => event.kind === 'identity-verified')) {
          return json(200, {
            id: request.id,
            state: request.state,
            deadline: await deadlineOf(request),
          });
        }
        if (request.state !== 'verifying' && request.state !== 'received') {
          return problemResponse({
            status: 409,
            code: 'NOT_AWAITING_VERIFICATION',
            detail: 'this request no longer accepts a verification code',
            extensions: { state: request.state },
          });
        }
        const check = verifier.checkCode({
          ...ref,
          code: body.code,
          issuedAt: receivedAt(request),
        });
        if (!check.ok) {
          return check.reason === 'TOO_MANY_ATTEMPTS'
            ? problemResponse({
                status: 429,
                code: 'TOO_MANY_ATTEMPTS',
                detail: 'too many wrong codes: this request is locked; submit a new one',
                extensions: { reason: check.reason, attemptsRemaining: 0 },
              })
            : problemResponse({
                status: 400,
                code: 'VERIFICATION_FAILED',
                detail:
                  check.reason === 'EXPIRED'
                    ? 'the code has expired; submit a new request'
                    : 'the code is not correct',
                extensions: { reason: check.reason, attemptsRemaining: check.attemptsRemaining },
              });
        }
        const result = await service.apply({
          ...ref,
          event: { type: 'verify-identity', method: 'one-time-code' },
        });
        if (!result.ok) {
          return problemResponse({
            status: 409,
            code: result.rejection.code,
            detail: 'the request cannot be verified in its state',
            extensions: { reasons: result.rejection.reasons },
          });
        }
        return json(200, {
          id: result.request.id,
          state: result.request.state,
          deadline: await deadlineOf(result.request),
        });
      },
    },
    {
      method: 'GET',
      path: '/dsr/requests/:id',
      action: 'dsr:read',
      async run(context) {
        const { request } = await fromQuery(context);
        if (request === undefined) return subjectNotFound();
        return json(200, {
          id: request.id,
          type: request.type,
          state: request.state,
          deadline: await deadlineOf(request),
          timeline: await timeline(request, false),
        });
      },
    },
    {
      method: 'GET',
      path: '/dsr/requests/:id/export',
      action: 'dsr:read',
      async run(context) {
        const { request, query } = await fromQuery(context);
        if (request === undefined) return subjectNotFound();
        return exportResponse(request, {
          systems,
          categories: options.categories,
          at: context.now,
          format: query.format ?? 'json',
        });
      },
    },
    {
      method: 'GET',
      path: '/operator/dsr/requests',
      action: 'operator:dsr:read',
      async run(context) {
        const query = parseRequestPart(
          z.object({ before: z.iso.datetime({ offset: true }).exactOptional() }).strict(),
          queryOf(context.url),
          'query',
        );
        const tenant = context.tenant;
        const entries: QueueEntry[] = [];
        const line = (request: DsrRequest, deadline: Deadline): QueueEntry => ({
          id: request.id,
          type: request.type,
          state: request.state,
          subject: request.subject,
          jurisdiction: request.jurisdiction,
          receivedAt: receivedAt(request),
          version: request.version,
          closed: isClosedState(request.state),
          deadline,
        });
        if (query.before === undefined && options.store !== undefined) {
          for (const request of await options.store.list(tenant)) {
            entries.push(line(request, await deadlineOf(request)));
          }
        } else {
          for (const due of await service.due({ tenant, before: query.before ?? FAR_FUTURE })) {
            entries.push(line(due.request, due.deadline));
          }
        }
        return json(200, { requests: entries.sort(compareQueue) });
      },
    },
    {
      method: 'GET',
      path: '/operator/dsr/requests/:id',
      action: 'operator:dsr:read',
      async run(context) {
        const request = await load(context);
        if (request === undefined) return notFound('no such request');
        return json(200, {
          request,
          closed: isClosedState(request.state),
          deadline: await deadlineOf(request),
          timeline: await timeline(request, true),
        });
      },
    },
    {
      method: 'POST',
      path: '/operator/dsr/requests/:id/events',
      action: 'operator:dsr:write',
      async run(context) {
        const body = await context.body(
          z
            .object({
              event: dsrEventSchema,
              expectedVersion: z.number().int().min(1).exactOptional(),
              idempotencyKey: z.string().min(1).max(200).exactOptional(),
            })
            .strict(),
        );
        const request = await load(context);
        if (request === undefined) return notFound('no such request');
        const result = await service.apply({
          tenant: context.tenant,
          requestId: request.id,
          event: body.event,
          ...(body.expectedVersion === undefined ? {} : { expectedVersion: body.expectedVersion }),
          ...(body.idempotencyKey === undefined ? {} : { idempotencyKey: body.idempotencyKey }),
        });
        if (!result.ok) {
          const illegal = result.rejection.code === 'ILLEGAL_TRANSITION';
          return problemResponse({
            status: illegal ? 409 : 422,
            code: result.rejection.code,
            detail: illegal
              ? `${result.rejection.event} is not allowed in state ${result.rejection.state}`
              : `${result.rejection.event} was refused: see reasons`,
            extensions: {
              state: result.rejection.state,
              event: result.rejection.event,
              reasons: result.rejection.reasons,
            },
          });
        }
        return json(200, { request: result.request, deadline: await deadlineOf(result.request) });
      },
    },
    {
      method: 'POST',
      path: '/operator/dsr/requests/:id/fulfil',
      action: 'operator:dsr:write',
      async run(context) {
        const body =
          (await context.body(z.object({ patch: z.json().exactOptional() }).strict().optional())) ??
          {};
        const request = await load(context);
        if (request === undefined) return notFound('no such request');
        const report = await service.fulfil({
          tenant: context.tenant,
          requestId: request.id,
          ...(body.patch === undefined ? {} : { patch: body.patch }),
        });
        // The package holds the subject's data: it is downloaded from the export route, and
        // only its digest is reported here.
        const { exportPackage, ...rest } = report;
        return json(200, {
          report: {
            ...rest,
            ...(exportPackage === undefined
              ? {}
              : { exportPackage: { sha256: exportPackage.sha256 } }),
          },
          request: report.request,
        });
      },
    },
    {
      method: 'GET',
      path: '/operator/dsr/requests/:id/export',
      action: 'operator:dsr:read',
      async run(context) {
        const query = parseRequestPart(
          z.object({ format: z.enum(['json', 'csv']).exactOptional() }).strict(),
          queryOf(context.url),
          'query',
        );
        const request = await load(context);
        if (request === undefined) return notFound('no such request');
        return exportResponse(request, {
          systems,
          categories: options.categories,
          at: context.now,
          format: query.format ?? 'json',
        });
      },
    },
  ];
}
