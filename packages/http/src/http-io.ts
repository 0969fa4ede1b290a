import { type Clock, invalidInput, isJurisdiction, PledgeError, parseInput } from '@pledge/core';
import type { z } from 'zod';
import { NO_STORE, problemResponse } from './problem.js';

/** @internal The package scope named in errors. */
export const SCOPE = '@pledge/http';

/** @internal Everything a route needs about the request it answers. */
export interface RouteContext {
  readonly request: Request;
  readonly url: URL;
  readonly tenant: string;
  /** Path parameters by name (`:id` → `params.id`). */
  readonly params: Readonly<Record<string, string>>;
  /** The handler clock's now, read once per request. */
  readonly now: Date;
  /** Parses the JSON body with `schema`, or throws a `ValidationError` with body paths. */
  body<Schema extends z.ZodType>(schema: Schema): Promise<z.output<Schema>>;
  /** The jurisdiction: the host hook wins, else `given` (from the body or query). */
  jurisdiction(given: string | undefined): Promise<string | undefined>;
  /** {@link RouteContext.jurisdiction}, or a `ValidationError` naming `jurisdiction` in the body. */
  requiredJurisdiction(given: string | undefined): Promise<string>;
}

/** @internal One route. */
export interface Route<Action extends string = string> {
  readonly method: 'GET' | 'POST';
  /** Path relative to the mount point, with `:name` parameters. */
  readonly path: string;
  readonly action: Action;
  run(context: RouteContext): Promise<Response>;
}

/** @internal Shared settings of every route group. */
export interface RouteSettings {
  readonly clock: Clock;
}

/** @internal Thrown by body reading; turned into its problem response by the handler. */
export class HttpProblem extends Error {
  readonly response: Response;
  constructor(response: Response) {
    super('http problem');
    this.response = response;
  }
}

/** @internal A JSON response that no cache keeps. */
export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...NO_STORE, ...headers },
  });
}

/** @internal 404 with a message that never says whether the thing exists under another key. */
export function notFound(detail = 'no such resource'): Response {
  return problemResponse({ status: 404, code: 'NOT_FOUND', detail });
}

/** @internal Reads and parses a JSON body of at most `limit` bytes. */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared === 0 || (request.body === null && type === '')) return undefined;
  if (!/^application\/([a-z0-9.+-]+\+)?json\s*(;|$)/i.test(type)) {
    throw new HttpProblem(
      problemResponse({
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
        detail: 'send the body as application/json',
      }),
    );
  }
  const tooLarge = () =>
    new HttpProblem(
      problemResponse({
        status: 413,
        code: 'BODY_TOO_LARGE',
        detail: `the body exceeds ${limit} bytes`,
      }),
    );
  if (declared > limit) throw tooLarge();
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > limit) throw tooLarge();
  if (bytes.byteLength === 0) return undefined;
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new HttpProblem(
      problemResponse({ status: 400, code: 'INVALID_JSON', detail: 'the body is not valid JSON' }),
    );
  }
}

/** @internal Parses a value from the body or query; issue paths start below `field`. */
export function parseRequestPart<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  field: 'body' | 'query',
): z.output<Schema> {
  return parseInput(schema, value, { scope: SCOPE, field });
}

/** @internal Throws a `ValidationError` for a field that is required here. */
export function requireJurisdiction(
  jurisdiction: string | undefined,
  field: 'body' | 'query',
): string {
  if (jurisdiction === undefined) {
    invalidInput(
      { scope: SCOPE, field },
      'required',
      'a jurisdiction is required: ISO 3166-1 alpha-2 (DE) or ISO 3166-2 (US-CA)',
      ['jurisdiction'],
    );
  }
  return jurisdiction;
}

/** @internal Validates a jurisdiction that came from a host hook. */
export function checkedHookJurisdiction(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (!isJurisdiction(value)) {
    // A host bug, not bad input: answered with 500.
    throw new PledgeError({
      code: 'INVALID_HOOK_RESULT',
      scope: SCOPE,
      message: 'jurisdictionOf returned something other than an ISO 3166 code',
    });
  }
  return value as string;
}

/** @internal The query string as a plain object (last value wins). */
export function queryOf(url: URL): Record<string, string> {
  return Object.fromEntries(url.searchParams.entries());
}
