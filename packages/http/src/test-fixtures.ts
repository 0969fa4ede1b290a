// Shared by the route tests: a full handler over the in-memory stores, on a simulated clock.
import {
  type ConsentLedger,
  consentDataSystem,
  createConsentLedger,
  createMemoryConsentStore,
} from '@pledge/consent';
import { createSimulatedClock, type SimulatedClock } from '@pledge/core';
import {
  createDsrService,
  createMemoryDsrStore,
  type DataSystem,
  type DsrService,
  type DsrStore,
} from '@pledge/dsr';
import {
  defineRetentionPolicy,
  retentionExemptionSource,
  retentionTemplate,
} from '@pledge/retention';
import type { TransferMap } from '@pledge/transfers/map';
import type { VerificationMessage } from './dsr-routes.js';
import {
  type AuthorizeResult,
  createPledgeHandler,
  type PledgeHandlerOptions,
} from './pledge-handler.js';

export const purposes = [
  { id: 'necessary', legalBasis: 'contract', essential: true, consentMode: ['security_storage'] },
  { id: 'analytics', legalBasis: 'consent', lifetime: 'P13M', consentMode: ['analytics_storage'] },
  {
    id: 'ads',
    legalBasis: 'consent',
    saleOrSharing: true,
    consentMode: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  },
] as const;

export const policy = { versions: [{ id: 'v1', effectiveFrom: '2026-01-01', material: true }] };

export const transferMap: TransferMap = {
  systems: [
    { id: 'app', location: 'DE' },
    { id: 'mailer', location: 'US' },
  ],
  flows: [{ from: 'app', to: 'mailer', dataCategories: ['contact'] }],
};

export const OPERATOR = 'Bearer operator-token';

/** The operator check the tests use: a fixed bearer token. */
export function authorizeOperator(request: Request, action: string): AuthorizeResult {
  if (!action.startsWith('operator:')) return true;
  const header = request.headers.get('authorization');
  if (header === null) return 'unauthenticated';
  return header === OPERATOR;
}

export interface Fixture {
  readonly handler: (request: Request) => Promise<Response>;
  readonly clock: SimulatedClock;
  readonly ledger: ConsentLedger;
  readonly service: DsrService;
  readonly store: DsrStore;
  readonly sent: VerificationMessage[];
  readonly invoices: Map<string, { id: string; issued: string }[]>;
  readonly erased: string[];
  call(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
}

/** Handler options a test replaces; `undefined` removes one (e.g. `authorize`). */
export type FixtureOverrides = {
  readonly [Key in keyof PledgeHandlerOptions]?: PledgeHandlerOptions[Key] | undefined;
};

// Browsers forbid scripts to set `Sec-*` request headers (the browser itself sends Sec-GPC);
// the handler runs on a server, where they arrive from the network. In the Chromium project
// the test request is given those headers through a view that forwards everything else.
function withHeaders(request: Request, extra: Record<string, string>): Request {
  const missing = Object.entries(extra).filter(([name]) => !request.headers.has(name));
  if (missing.length === 0) return request;
  const headers = new Headers(request.headers);
  for (const [name, value] of missing) headers.set(name, value);
  return new Proxy(request, {
    get(target, property) {
      if (property === 'headers') return headers;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export function createFixture(overrides: FixtureOverrides = {}): Fixture {
  const clock = createSimulatedClock('2026-03-02T09:00:00Z');
  const ledger = createConsentLedger({
    store: createMemoryConsentStore(),
    secret: new Uint8Array(32).fill(3),
    purposes,
    policy,
    clock,
    tenant: 'acme',
  });
  const invoices = new Map<string, { id: string; issued: string }[]>();
  const erased: string[] = [];
  const billing: DataSystem = {
    id: 'billing',
    recipients: ['payment processor'],
    async access(subject) {
      return {
        records: { invoices: (invoices.get(subject) ?? []).map((invoice) => invoice.id) },
        categories: [
          {
            category: 'invoice',
            source: 'your purchases',
            purposes: ['billing'],
            recipients: ['payment processor'],
            retention: '8 years from the end of the year',
            legalBasis: 'legal-obligation',
          },
        ],
      };
    },
    async erase(subject) {
      erased.push(subject);
    },
    async restrict() {},
  };
  const retention = defineRetentionPolicy({
    rules: [retentionTemplate('de-buchungsbelege-8y', { scope: { category: 'invoice' } })],
  });
  const store = createMemoryDsrStore();
  const systems = [consentDataSystem({ ledger }), billing];
  const service = createDsrService({
    store,
    clock,
    systems,
    exemptions: [
      retentionExemptionSource({
        policy: retention,
        system: 'billing',
        records: (subject) =>
          (invoices.get(subject) ?? []).map((invoice) => ({
            id: invoice.id,
            category: 'invoice',
            subject,
            events: { collected: invoice.issued },
          })),
      }),
    ],
  });
  const sent: VerificationMessage[] = [];
  const handler = createPledgeHandler({
    basePath: '/api',
    tenant: 'acme',
    clock,
    secret: new Uint8Array(32).fill(9),
    consent: { ledger, purposes, policy, descriptions: { analytics: 'Counting visits.' } },
    dsr: {
      service,
      store,
      systems,
      categories: [
        {
          category: 'account',
          source: 'you',
          purposes: ['service'],
          recipients: [],
          retention: 'until the account is closed',
        },
      ],
      verification: { send: (message) => void sent.push(message) },
    },
    retention: { policy: retention, records: () => [] },
    transfers: { map: transferMap },
    age: {},
    authorize: authorizeOperator,
    ...overrides,
  } as PledgeHandlerOptions);
  return {
    handler,
    clock,
    ledger,
    service,
    store,
    sent,
    invoices,
    erased,
    call(method, path, body, headers = {}) {
      const request = new Request(`http://pledge.test/api${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined
          ? {}
          : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
      return handler(withHeaders(request, headers));
    },
  };
}

/** Reads a JSON or problem+json body. */
export async function read<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}
