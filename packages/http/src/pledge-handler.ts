import {
  type Clock,
  invalidInput,
  isTenantId,
  PledgeError,
  parseInput,
  systemClock,
} from '@pledge/core';
import { z } from 'zod';
import { type AgeRoutesOptions, ageRoutes } from './age-routes.js';
import { type ConsentRoutesOptions, consentRoutes } from './consent-routes.js';
import { type DsrRoutesOptions, dsrRoutes } from './dsr-routes.js';
import {
  checkedHookJurisdiction,
  HttpProblem,
  parseRequestPart,
  type Route,
  type RouteContext,
  readJsonBody,
  requireJurisdiction,
  SCOPE,
} from './http-io.js';
import { createIdentityVerifier } from './identity-verification.js';
import {
  ledgerRoutes,
  type RetentionRoutesOptions,
  retentionRoutes,
  type TransfersRoutesOptions,
  transferRoutes,
} from './operator-routes.js';
import { problemFromError, problemResponse } from './problem.js';

/** Every action the handler asks `authorize` about. */
export const PLEDGE_ACTIONS = [
  'consent:read',
  'consent:write',
  'dsr:submit',
  'dsr:read',
  'operator:dsr:read',
  'operator:dsr:write',
  'operator:retention:read',
  'operator:transfers:read',
  'operator:consent:verify',
] as const;

/** An action a route performs (see {@link PLEDGE_ACTIONS}); `operator:*` ones need `authorize`. */
export type PledgeAction = (typeof PLEDGE_ACTIONS)[number];

/**
 * What `authorize` answers: `true` (go ahead), `false` (403: known caller, not allowed) or
 * `'unauthenticated'` (401: no or invalid credentials).
 */
export type AuthorizeResult = boolean | 'unauthenticated';

/** A request handler in the shape of the Fetch API: Hono, Next.js route handlers, Deno, Bun. */
export type PledgeHandler = (request: Request) => Promise<Response>;

/** Options of {@link createPledgeHandler}. Each engine group is optional: its routes answer 404 without it. */
export interface PledgeHandlerOptions {
  /** The tenant every request belongs to (default `default`). */
  readonly tenant?: string;
  /** The tenant of a request (wins over `tenant`), e.g. from the host name or a session. */
  readonly tenantOf?: (request: Request) => string | Promise<string>;
  /**
   * Where the subject is, e.g. from a CDN geolocation header. Wins over a `jurisdiction` in the
   * body or query; return `undefined` to let the request say.
   */
  readonly jurisdictionOf?: (request: Request) => string | undefined | Promise<string | undefined>;
  /**
   * The host's authentication. Operator routes are refused (401) without it; with it, each
   * request is asked about its {@link PledgeAction}, subject-facing ones included.
   */
  readonly authorize?: (
    request: Request,
    action: PledgeAction,
  ) => AuthorizeResult | Promise<AuthorizeResult>;
  /** The mount prefix, e.g. `/api` (default: none). */
  readonly basePath?: string;
  /**
   * Secret of at least 32 bytes for DSR tracking tokens and verification codes (required with
   * `dsr`). Keep it stable: a new secret invalidates outstanding tokens.
   */
  readonly secret?: Uint8Array;
  /** Consent routes. */
  readonly consent?: ConsentRoutesOptions;
  /** Data-subject request routes, subject-facing and operator. */
  readonly dsr?: DsrRoutesOptions;
  /** Wrong codes accepted per request (default 5) and code lifetime (default `P1D`). */
  readonly verification?: { readonly maxAttempts?: number; readonly codeLifetime?: string };
  /** `GET /operator/retention/plan`. */
  readonly retention?: RetentionRoutesOptions;
  /** `GET /operator/transfers/map`. */
  readonly transfers?: TransfersRoutesOptions;
  /** `POST /age/check` (a guardian requirement is recorded in `consent.ledger`). */
  readonly age?: AgeRoutesOptions;
  /** Source of time (default: the system clock). */
  readonly clock?: Clock;
  /** Largest JSON body accepted, in bytes (default 64 KiB). */
  readonly maxBodyBytes?: number;
  /** Told about every error answered with a 5xx status, for the host's logs. */
  readonly onError?: (error: unknown, request: Request) => void;
}

const optionsSchema = z.looseObject({
  tenant: z.string().refine(isTenantId, { message: 'expected a tenant id' }).exactOptional(),
  basePath: z
    .string()
    .regex(/^(\/[A-Za-z0-9._~-]+)*$/, {
      message: 'expected a path such as /api, without a trailing slash',
    })
    .exactOptional(),
  secret: z
    .instanceof(Uint8Array)
    .refine((secret) => secret.length >= 32, { message: 'expected at least 32 bytes' })
    .exactOptional(),
  maxBodyBytes: z
    .number()
    .int()
    .min(1024)
    .max(16 * 1024 * 1024)
    .exactOptional(),
  consent: z
    .looseObject({
      ledger: z.looseObject({ record: z.custom<() => unknown>((v) => typeof v === 'function') }),
      purposes: z.array(z.looseObject({ id: z.string() })).min(1),
      policy: z.looseObject({ versions: z.array(z.looseObject({ id: z.string() })).min(1) }),
    })
    .exactOptional(),
  dsr: z
    .looseObject({
      service: z.looseObject({ submit: z.custom<() => unknown>((v) => typeof v === 'function') }),
      verification: z.looseObject({
        send: z.custom<() => unknown>((v) => typeof v === 'function', {
          message: 'expected a function',
        }),
      }),
    })
    .exactOptional(),
  retention: z
    .looseObject({ policy: z.looseObject({ rules: z.array(z.unknown()) }) })
    .exactOptional(),
  transfers: z
    .looseObject({ map: z.looseObject({ systems: z.array(z.unknown()) }) })
    .exactOptional(),
});

interface CompiledRoute {
  readonly route: Route<PledgeAction>;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

function compile(route: Route<PledgeAction>): CompiledRoute {
  const names: string[] = [];
  const source = route.path.replace(/:([a-z]+)/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { route, pattern: new RegExp(`^${source}/?$`), names };
}

/**
 * Creates the Pledge HTTP handler: web-standard `Request → Response` for the consent, DSR,
 * identity-verification, age-screen and operator routes of the HTTP contract. Bodies are
 * validated with zod before anything is written; errors are RFC 9457 problem documents with
 * field paths and never echo a submitted value; `Sec-GPC: 1` is recorded on consent writes;
 * operator routes need `authorize`.
 *
 * @example
 * ```ts
 * const handler = createPledgeHandler({
 *   basePath: '/api',
 *   secret,
 *   consent: { ledger, purposes, policy },
 *   dsr: { service, store, systems, verification: { send: ({ code }) => mail(code) } },
 *   authorize: (request, action) => !action.startsWith('operator:') || isOperator(request),
 * });
 * app.all('/api/*', (c) => handler(c.req.raw)); // Hono
 * ```
 */
export function createPledgeHandler(options: PledgeHandlerOptions): PledgeHandler {
  parseInput(optionsSchema, options, { scope: SCOPE, field: 'options' });
  if (options.dsr !== undefined && options.secret === undefined) {
    invalidInput(
      { scope: SCOPE, field: 'options.secret' },
      'required',
      'expected a secret of at least 32 bytes: the DSR routes derive tokens and codes from it',
    );
  }
  const clock = options.clock ?? systemClock;
  const basePath = options.basePath ?? '';
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  const routes: Route[] = [];
  if (options.consent)
    routes.push(...consentRoutes(options.consent), ...ledgerRoutes(options.consent.ledger));
  if (options.dsr && options.secret) {
    const verifier = createIdentityVerifier({
      secret: options.secret,
      clock,
      ...(options.verification?.maxAttempts === undefined
        ? {}
        : { maxAttempts: options.verification.maxAttempts }),
      ...(options.verification?.codeLifetime === undefined
        ? {}
        : { codeLifetime: options.verification.codeLifetime }),
    });
    routes.push(...dsrRoutes(options.dsr, verifier));
  }
  if (options.retention) routes.push(...retentionRoutes(options.retention));
  if (options.transfers) routes.push(...transferRoutes(options.transfers));
  if (options.age) routes.push(...ageRoutes(options.age, options.consent?.ledger));
  const table = (routes as Route<PledgeAction>[]).map(compile);

  async function refusal(request: Request, action: PledgeAction): Promise<Response | undefined> {
    const operator = action.startsWith('operator:');
    if (options.authorize === undefined) {
      return operator
        ? problemResponse({
            status: 401,
            code: 'UNAUTHORIZED',
            detail: 'operator routes need the host to authenticate the caller',
          })
        : undefined;
    }
    const answer = await options.authorize(request, action);
    if (answer === true) return undefined;
    return answer === 'unauthenticated'
      ? problemResponse({
          status: 401,
          code: 'UNAUTHORIZED',
          detail: 'credentials are missing or invalid',
          headers: { 'www-authenticate': 'Bearer' },
        })
      : problemResponse({ status: 403, code: 'FORBIDDEN', detail: `not allowed: ${action}` });
  }

  async function tenantOf(request: Request): Promise<string> {
    const tenant = options.tenantOf
      ? await options.tenantOf(request)
      : (options.tenant ?? 'default');
    if (!isTenantId(tenant)) {
      throw new PledgeError({
        code: 'INVALID_HOOK_RESULT',
        scope: SCOPE,
        message: 'tenantOf returned something other than a tenant id',
      });
    }
    return tenant;
  }

  return async function handle(request: Request): Promise<Response> {
    try {
      const url = new URL(request.url);
      if (
        basePath !== '' &&
        url.pathname !== basePath &&
        !url.pathname.startsWith(`${basePath}/`)
      ) {
        return problemResponse({ status: 404, code: 'NOT_FOUND', detail: 'no such route' });
      }
      const path = url.pathname.slice(basePath.length) || '/';
      let allowed: string[] = [];
      for (const { route, pattern, names } of table) {
        const match = pattern.exec(path);
        if (match === null) continue;
        const method = request.method === 'HEAD' ? 'GET' : request.method;
        if (route.method !== method) {
          allowed.push(route.method);
          continue;
        }
        allowed = [];
        const refused = await refusal(request, route.action);
        if (refused) return refused;
        const params: Record<string, string> = {};
        for (const [index, name] of names.entries()) {
          try {
            params[name] = decodeURIComponent(match[index + 1] ?? '');
          } catch {
            return problemResponse({ status: 404, code: 'NOT_FOUND', detail: 'no such route' });
          }
        }
        const context: RouteContext = {
          request,
          url,
          params,
          tenant: await tenantOf(request),
          now: clock.now(),
          async body(schema) {
            return parseRequestPart(schema, await readJsonBody(request, maxBodyBytes), 'body');
          },
          async jurisdiction(given) {
            const hooked = options.jurisdictionOf
              ? checkedHookJurisdiction(await options.jurisdictionOf(request))
              : undefined;
            return hooked ?? given;
          },
          async requiredJurisdiction(given) {
            return requireJurisdiction(await context.jurisdiction(given), 'body');
          },
        };
        return await route.run(context);
      }
      if (allowed.length > 0) {
        return problemResponse({
          status: 405,
          code: 'METHOD_NOT_ALLOWED',
          detail: `use ${[...new Set(allowed)].join(' or ')}`,
          headers: { allow: [...new Set(allowed)].join(', ') },
        });
      }
      return problemResponse({ status: 404, code: 'NOT_FOUND', detail: 'no such route' });
    } catch (error) {
      if (error instanceof HttpProblem) return error.response;
      const response = problemFromError(error);
      if (response.status >= 500) options.onError?.(error, request);
      return response;
    }
  };
}
