import { invalidInput } from '@pledge/core';
import { SCOPE } from './http-io.js';
import { problemResponse } from './problem.js';

/**
 * The parts of Node's `IncomingMessage` (and Express's request) the adapter reads. Structural,
 * so this package imports nothing from `node:*`.
 */
export interface NodeRequestLike extends AsyncIterable<Uint8Array | string> {
  readonly method?: string | undefined;
  readonly url?: string | undefined;
  /** Express: the URL before mounting stripped its prefix. */
  readonly originalUrl?: string | undefined;
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** Express with `express.json()`: the parsed body (the stream is then already consumed). */
  readonly body?: unknown;
  readonly socket?: { readonly encrypted?: boolean } | undefined;
}

/** The parts of Node's `ServerResponse` the adapter writes. */
export interface NodeResponseLike {
  statusCode: number;
  setHeader(name: string, value: string | readonly string[]): unknown;
  end(chunk?: Uint8Array): unknown;
}

/** Options of {@link toNodeListener}. */
export interface NodeListenerOptions {
  /** Largest body read from the stream, in bytes (default 1 MiB); larger ones get 413. */
  readonly maxBodyBytes?: number;
  /** Told when writing the response fails (the client went away). */
  readonly onError?: (error: unknown) => void;
}

async function readStream(
  request: NodeRequestLike,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    size += bytes.byteLength;
    if (size > limit) return null;
    chunks.push(bytes);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * Adapts a `Request → Response` handler to Node's `(req, res)` listener, for `node:http`,
 * Express (`app.use(toNodeListener(handler))`) and Fastify (`reply.hijack()` then call it with
 * `request.raw, reply.raw`). A body already parsed by `express.json()` is re-serialised.
 *
 * @example
 * ```ts
 * // createServer from Node's http module
 * createServer(toNodeListener(createPledgeHandler(options))).listen(3000);
 * ```
 */
export function toNodeListener(
  handler: (request: Request) => Promise<Response>,
  options: NodeListenerOptions = {},
): (request: NodeRequestLike, response: NodeResponseLike) => Promise<void> {
  if (typeof handler !== 'function') {
    invalidInput({ scope: SCOPE, field: 'handler' }, 'invalid_type', 'expected a function');
  }
  const limit = options?.maxBodyBytes ?? 1024 * 1024;
  if (!Number.isInteger(limit) || limit < 0) {
    invalidInput(
      { scope: SCOPE, field: 'options.maxBodyBytes' },
      'invalid_type',
      'expected a whole number of bytes',
    );
  }
  return async (request, response) => {
    let answer: Response;
    const method = (request.method ?? 'GET').toUpperCase();
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value === undefined || name.startsWith(':')) continue;
      if (typeof value === 'string') headers.set(name, value);
      else for (const item of value) headers.append(name, item);
    }
    const host = headers.get('host') ?? 'localhost';
    const scheme = request.socket?.encrypted ? 'https' : 'http';
    const url = new URL(request.originalUrl ?? request.url ?? '/', `${scheme}://${host}`);
    let body: Uint8Array<ArrayBuffer> | null | undefined;
    if (method !== 'GET' && method !== 'HEAD') {
      if (request.body !== undefined && typeof request.body === 'object' && request.body !== null) {
        body = new TextEncoder().encode(JSON.stringify(request.body));
        headers.delete('content-length');
      } else {
        body = await readStream(request, limit);
      }
    }
    if (body === null) {
      answer = problemResponse({
        status: 413,
        code: 'BODY_TOO_LARGE',
        detail: `the body exceeds ${limit} bytes`,
      });
    } else {
      answer = await handler(
        new Request(url, {
          method,
          headers,
          ...(body === undefined || body.byteLength === 0 ? {} : { body }),
        }),
      );
    }
    try {
      response.statusCode = answer.status;
      answer.headers.forEach((value, name) => {
        if (name !== 'set-cookie') response.setHeader(name, value);
      });
      const cookies = answer.headers.getSetCookie();
      if (cookies.length > 0) response.setHeader('set-cookie', cookies);
      response.end(method === 'HEAD' ? undefined : new Uint8Array(await answer.arrayBuffer()));
    } catch (error) {
      options?.onError?.(error);
    }
  };
}
