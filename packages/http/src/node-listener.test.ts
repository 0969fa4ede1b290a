import { describe, expect, it } from 'vitest';
import { type NodeRequestLike, toNodeListener } from './node-listener.js';
import { createFixture } from './test-fixtures.js';

function fakeRequest(init: {
  method: string;
  url: string;
  body?: string;
  parsed?: unknown;
  headers?: Record<string, string>;
}): NodeRequestLike {
  return {
    method: init.method,
    url: init.url,
    headers: {
      host: 'localhost:3000',
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...init.headers,
    },
    ...(init.parsed === undefined ? {} : { body: init.parsed }),
    async *[Symbol.asyncIterator]() {
      if (init.body !== undefined) yield new TextEncoder().encode(init.body);
    },
  };
}

function fakeResponse() {
  const headers: Record<string, unknown> = {};
  const response = {
    statusCode: 0,
    headers,
    text: '',
    setHeader(name: string, value: unknown) {
      headers[name] = value;
    },
    end(chunk?: Uint8Array) {
      response.text = chunk === undefined ? '' : new TextDecoder().decode(chunk);
    },
  };
  return response;
}

describe('toNodeListener', () => {
  it('turns (req, res) into a Request and writes the Response back', async () => {
    const { handler, ledger } = createFixture();
    const listener = toNodeListener(handler);
    const response = fakeResponse();
    const body = JSON.stringify({
      subject: 'p-1',
      purposes: { analytics: 'granted' },
      policyVersion: 'v1',
      source: 'api',
      jurisdiction: 'DE',
    });
    await listener(fakeRequest({ method: 'POST', url: '/api/consent', body }), response);
    expect(response.statusCode).toBe(201);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(response.text).recorded).toHaveLength(1);
    expect((await ledger.verify({ tenant: 'acme' })).count).toBe(1);
  });

  it('accepts a body express.json() already parsed, and refuses an oversized stream', async () => {
    const { handler } = createFixture();
    const parsed = fakeResponse();
    await toNodeListener(handler)(
      fakeRequest({
        method: 'POST',
        url: '/api/consent/withdraw',
        parsed: {
          subject: 'p-1',
          purposes: ['analytics'],
          policyVersion: 'v1',
          source: 'api',
          jurisdiction: 'DE',
        },
        headers: { 'content-type': 'application/json' },
      }),
      parsed,
    );
    expect(parsed.statusCode).toBe(201);
    const large = fakeResponse();
    await toNodeListener(handler, { maxBodyBytes: 10 })(
      fakeRequest({ method: 'POST', url: '/api/consent', body: '{"subject":"p-1"}' }),
      large,
    );
    expect(large.statusCode).toBe(413);
  });
});
