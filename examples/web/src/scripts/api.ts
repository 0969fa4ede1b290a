// Calls to the Pledge HTTP endpoints mounted at /api (the shared HTTP contract). Errors come
// back as RFC 9457 problem+json; they are thrown as ApiProblem so pages can show the title and
// the field paths without parsing strings.

/** Where the example server mounts the Pledge handlers. */
export const API_BASE = '/api';

/** One field error of a problem response. */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

/** A problem+json answer (or a network failure, with status 0). */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: readonly FieldProblem[];

  constructor(init: {
    status: number;
    code: string;
    title: string;
    detail?: string | undefined;
    errors?: readonly FieldProblem[];
  }) {
    super(init.detail ?? init.title);
    this.name = 'ApiProblem';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
  }
}

/** Options for {@link callApi}. */
export interface CallOptions {
  readonly method?: 'GET' | 'POST';
  readonly body?: unknown;
  readonly query?: Readonly<Record<string, string | undefined>>;
  /** Operator bearer token, for /operator routes. */
  readonly token?: string | undefined;
}

/** Builds an /api URL with its query string. */
export function apiUrl(path: string, query: CallOptions['query'] = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') search.set(key, value);
  }
  const text = search.toString();
  return `${API_BASE}${path}${text === '' ? '' : `?${text}`}`;
}

/** Calls an endpoint and returns its JSON body, or throws an {@link ApiProblem}. */
export async function callApi<T>(path: string, options: CallOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers,
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
  } catch (cause) {
    throw new ApiProblem({
      status: 0,
      code: 'NETWORK_ERROR',
      title: 'We could not reach the server',
      detail: cause instanceof Error ? cause.message : undefined,
    });
  }
  const type = response.headers.get('content-type') ?? '';
  const body: unknown = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) throw problemOf(response.status, body);
  return body as T;
}

function problemOf(status: number, body: unknown): ApiProblem {
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const errors = Array.isArray(record.errors)
    ? record.errors.flatMap((entry: unknown) => {
        if (typeof entry !== 'object' || entry === null) return [];
        const { path, message } = entry as Record<string, unknown>;
        return [{ path: String(path ?? ''), message: String(message ?? '') }];
      })
    : [];
  return new ApiProblem({
    status,
    code: typeof record.code === 'string' ? record.code : `HTTP_${status}`,
    title: typeof record.title === 'string' ? record.title : `Request failed (${status})`,
    detail: typeof record.detail === 'string' ? record.detail : undefined,
    errors,
  });
}

// ---- Shapes of the contract's answers (only the fields the pages read) ----

/** A reason as the engines return it. */
export interface ApiReason {
  readonly code: string;
  readonly params?: Readonly<Record<string, unknown>>;
  readonly citation?: {
    readonly law?: string;
    readonly article?: string;
    readonly url?: string;
  };
}

/** `POST /dsr/requests` answer. */
export interface SubmittedRequest {
  readonly id: string;
  readonly token: string;
  readonly state: string;
  readonly deadline?: unknown;
}

/** One entry of a request's timeline. */
export interface TimelineEntry {
  readonly at: string;
  readonly type: string;
  readonly [key: string]: unknown;
}

/** `GET /dsr/requests/:id` answer. */
export interface RequestStatus {
  readonly id: string;
  readonly type: string;
  readonly state: string;
  readonly deadline?: unknown;
  readonly timeline: readonly TimelineEntry[];
  readonly outcome?: unknown;
}

/** `POST /age/check` answer. */
export interface AgeCheck {
  readonly outcome: 'allow' | 'parental-consent-required' | 'deny' | 'unknown';
  readonly reasons: readonly ApiReason[];
}
