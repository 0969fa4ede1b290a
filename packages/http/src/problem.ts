import {
  ConflictError,
  formatPath,
  PledgeError,
  parseInput,
  StoreUnavailableError,
  ValidationError,
} from '@pledge/core';
import { z } from 'zod';

/** The media type of an RFC 9457 problem document. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** One invalid field in a problem document: the body or query path and what was expected. */
export interface ProblemFieldError {
  /** Dotted path from the body (or query) root, e.g. `purposes.analytics`; `''` is the root. */
  readonly path: string;
  /** What was expected. Never contains the rejected value. */
  readonly message: string;
}

/**
 * An RFC 9457 problem document as Pledge handlers send it. `code` is the `PledgeError` code or
 * a route code (`NOT_FOUND`, `UNAUTHORIZED`, `FORBIDDEN`, …); extra members carry structured
 * detail such as the reasons of a refused DSR transition.
 */
export interface Problem {
  /** A URI naming the problem kind (`urn:pledge:problem:<code in kebab case>`). */
  readonly type: string;
  /** Short summary of the problem kind; the same for every occurrence. */
  readonly title: string;
  /** The HTTP status code. */
  readonly status: number;
  /** Explanation of this occurrence. MUST NOT contain personal data. */
  readonly detail: string;
  /** Stable UPPER_SNAKE code. */
  readonly code: string;
  /** The invalid fields, for validation problems. */
  readonly errors?: readonly ProblemFieldError[];
  /** Extension members. */
  readonly [extension: string]: unknown;
}

/** What {@link problemResponse} needs; `type` and `title` default from `code` and `status`. */
export interface ProblemInit {
  /** The HTTP status code. */
  readonly status: number;
  /** Stable UPPER_SNAKE code. */
  readonly code: string;
  /** Explanation of this occurrence. MUST NOT contain personal data. */
  readonly detail: string;
  /** Short summary (default: the status phrase). */
  readonly title?: string;
  /** The invalid fields. */
  readonly errors?: readonly ProblemFieldError[];
  /** Extension members (e.g. `reasons`). */
  readonly extensions?: Readonly<Record<string, unknown>>;
  /** Extra response headers (e.g. `www-authenticate`). */
  readonly headers?: Readonly<Record<string, string>>;
}

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/**
 * Responses carry personal data (consent state, exports), so no shared cache may keep them.
 */
export const NO_STORE = { 'cache-control': 'no-store' } as const;

const problemInitSchema = z.object({
  status: z.number().int().min(400).max(599),
  code: z.string().regex(/^[A-Z][A-Z0-9_]{0,99}$/, { message: 'expected an UPPER_SNAKE code' }),
  detail: z.string().max(2000),
  title: z.string().max(200).exactOptional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() }).strict()).exactOptional(),
  extensions: z.record(z.string(), z.unknown()).exactOptional(),
  headers: z.record(z.string(), z.string()).exactOptional(),
});

/** The problem document for `init` (what {@link problemResponse} sends). */
export function problemDocument(init: ProblemInit): Problem {
  parseInput(problemInitSchema, init, { scope: '@pledge/http', field: 'init' });
  return {
    ...init.extensions,
    type: `urn:pledge:problem:${init.code.toLowerCase().replaceAll('_', '-')}`,
    title: init.title ?? TITLES[init.status] ?? 'Error',
    status: init.status,
    detail: init.detail,
    code: init.code,
    ...(init.errors === undefined ? {} : { errors: init.errors }),
  };
}

/**
 * An `application/problem+json` response (RFC 9457).
 *
 * @example
 * ```ts
 * return problemResponse({ status: 404, code: 'NOT_FOUND', detail: 'no such request' });
 * ```
 */
export function problemResponse(init: ProblemInit): Response {
  const body = problemDocument(init);
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...NO_STORE, ...init.headers },
  });
}

/**
 * Maps a thrown error to a problem response: a `ValidationError` → 400 with one entry per
 * field (paths relative to the argument root, so `body.purposes.x` reads `purposes.x`), a
 * `ConflictError` → 409, a `StoreUnavailableError` → 503, any other `PledgeError` → 500 with
 * its code, anything else → 500 `INTERNAL_ERROR`. Messages of unknown errors are never sent:
 * they may contain personal data or secrets.
 */
export function problemFromError(error: unknown): Response {
  if (ValidationError.isInstance(error)) {
    return problemResponse({
      status: 400,
      code: error.code,
      detail: 'the request is invalid; see errors',
      errors: error.issues.map((issue) => ({
        path: formatPath('', issue.path.slice(1)),
        message: issue.message,
      })),
    });
  }
  if (ConflictError.isInstance(error)) {
    return problemResponse({
      status: 409,
      code: error.code,
      detail: `${error.resource} changed concurrently; reload and retry`,
      extensions: { resource: error.resource },
    });
  }
  if (StoreUnavailableError.isInstance(error)) {
    return problemResponse({
      status: 503,
      code: error.code,
      detail: 'storage is unavailable; try again later',
      headers: { 'retry-after': '5' },
    });
  }
  if (PledgeError.isInstance(error)) {
    return problemResponse({ status: 500, code: error.code, detail: 'the operation failed' });
  }
  return problemResponse({ status: 500, code: 'INTERNAL_ERROR', detail: 'unexpected error' });
}
