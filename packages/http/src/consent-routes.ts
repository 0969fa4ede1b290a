import {
  type ConsentDecision,
  type ConsentHistoryEntry,
  type ConsentLedger,
  type ConsentPolicy,
  type PurposeDefinition,
  type RecordedEvent,
  toConsentMode,
} from '@pledge/consent';
import { type Citation, invalidInput, parseInstant } from '@pledge/core';
import type { z } from 'zod';
import {
  json,
  parseRequestPart,
  queryOf,
  type Route,
  type RouteContext,
  SCOPE,
} from './http-io.js';
import {
  recordConsentBodySchema,
  subjectQuerySchema,
  withdrawConsentBodySchema,
} from './request-schemas.js';

/** What the consent routes need. */
export interface ConsentRoutesOptions {
  /** The tenant's consent ledger. */
  readonly ledger: ConsentLedger;
  /** The purposes the ledger was created with (served by `GET /consent/config`). */
  readonly purposes: readonly PurposeDefinition[];
  /** The notice versions the ledger was created with. */
  readonly policy: ConsentPolicy;
  /** Plain-language description per purpose id, for banners. */
  readonly descriptions?: Readonly<Record<string, string>>;
}

/** One purpose as `GET /consent/config` describes it to a banner. */
export interface PurposeConfig {
  readonly id: string;
  readonly legalBasis: string;
  readonly essential: boolean;
  readonly saleOrSharing: boolean;
  readonly consentMode: readonly string[];
  readonly title?: string;
  readonly description?: string;
}

/** A reason as the subject-facing routes send it: the code and its citation, no parameters. */
export interface PublicReason {
  readonly code: string;
  readonly citation?: Citation;
}

/** The subject's consent as the routes report it (the `ConsentState` of the HTTP contract). */
export interface ConsentStateBody {
  readonly subject: string;
  /** The notice version in force now: the one a banner should show and record. */
  readonly policyVersion: string;
  /** A Global Privacy Control signal is on record or came with this request. */
  readonly gpc: boolean;
  /** Any choice is on record (a banner need not be shown again). */
  readonly recorded: boolean;
  readonly purposes: Readonly<
    Record<
      string,
      { readonly outcome: 'allow' | 'deny'; readonly reasons: readonly PublicReason[] }
    >
  >;
  /** Google Consent Mode v2 state, for `gtag('consent', 'update', …)`. */
  readonly consentMode: Readonly<Record<string, 'granted' | 'denied'>>;
}

/** @internal Strips a reason to what a subject-facing response carries. */
export function publicReasons(
  reasons: readonly { readonly code: string; readonly citation?: Citation }[],
): PublicReason[] {
  return reasons.map((why) =>
    why.citation === undefined ? { code: why.code } : { code: why.code, citation: why.citation },
  );
}

function currentVersion(policy: ConsentPolicy, now: Date): string {
  let current = policy.versions[0]?.id ?? '';
  for (const version of policy.versions) {
    if (parseInstant(version.effectiveFrom).getTime() <= now.getTime()) current = version.id;
  }
  return current;
}

function gpcOnRecord(history: readonly ConsentHistoryEntry[]): boolean {
  let present = false;
  for (const entry of history) {
    if (entry.kind === 'signal' && entry.signal?.name === 'gpc') present = entry.signal.present;
  }
  return present;
}

function sendsGpc(request: Request): boolean {
  return request.headers.get('sec-gpc')?.trim() === '1';
}

/** @internal The consent routes. */
export function consentRoutes(options: ConsentRoutesOptions): Route[] {
  const { ledger, purposes, policy } = options;
  const declared = new Set(purposes.map((purpose) => purpose.id));
  const versions = new Set(policy.versions.map((version) => version.id));

  async function stateOf(
    context: RouteContext,
    subject: string,
    jurisdiction: string | undefined,
    history?: readonly ConsentHistoryEntry[],
    now: Date = context.now,
  ): Promise<ConsentStateBody> {
    const { tenant } = context;
    await ledger.sync({ tenant });
    const events = history ?? (await ledger.history({ tenant, subject }));
    const decisions: Record<string, ConsentDecision> = {};
    for (const purpose of purposes) {
      decisions[purpose.id] = ledger.check({
        tenant,
        subject,
        purpose: purpose.id,
        at: now,
        ...(jurisdiction === undefined ? {} : { jurisdiction }),
      });
    }
    const body: Record<string, ConsentStateBody['purposes'][string]> = {};
    for (const [id, decision] of Object.entries(decisions)) {
      body[id] = { outcome: decision.outcome, reasons: publicReasons(decision.reasons) };
    }
    return {
      subject,
      policyVersion: currentVersion(policy, now),
      gpc: sendsGpc(context.request) || gpcOnRecord(events),
      recorded: events.some((entry) => entry.kind === 'choice'),
      purposes: body,
      consentMode: toConsentMode(purposes, decisions),
    };
  }

  function checkChoice(purposeIds: readonly string[], version: string, arrayPath: boolean): void {
    purposeIds.forEach((purpose, index) => {
      if (!declared.has(purpose)) {
        // A key is named only when it looks like a purpose id: keys can be anything.
        const path = arrayPath ? [index] : /^[a-z][a-z0-9-]{0,63}$/.test(purpose) ? [purpose] : [];
        invalidInput({ scope: SCOPE, field: 'body' }, 'unknown_purpose', 'not a declared purpose', [
          'purposes',
          ...path,
        ]);
      }
    });
    if (!versions.has(version)) {
      invalidInput(
        { scope: SCOPE, field: 'body' },
        'unknown_policy_version',
        'not a published policy version',
        ['policyVersion'],
      );
    }
  }

  /**
   * A consent write: the body is validated (`prepare` checks it against the configuration and
   * returns the ledger call) before anything is written; `Sec-GPC: 1` is recorded first.
   */
  function choiceRoute<Schema extends z.ZodType<{ subject: string; jurisdiction?: string }>>(
    path: string,
    schema: Schema,
    prepare: (
      context: RouteContext,
      body: z.output<Schema>,
      jurisdiction: string,
    ) => () => Promise<RecordedEvent>,
  ): Route {
    return {
      method: 'POST',
      path,
      action: 'consent:write',
      async run(context) {
        const body = await context.body(schema);
        const jurisdiction = await context.requiredJurisdiction(body.jurisdiction);
        const choose = prepare(context, body, jurisdiction);
        const { tenant, request } = context;
        const subject = body.subject;
        await ledger.sync({ tenant });
        const recorded: RecordedEvent[] = [];
        // Sec-GPC: 1 is the subject's opt-out preference signal; it is recorded before the
        // choice so the choice is judged with it (11 CCR § 7025). Recorded once while it stays on.
        if (sendsGpc(request) && !gpcOnRecord(await ledger.history({ tenant, subject }))) {
          recorded.push(
            await ledger.recordSignal({ tenant, subject, signal: 'gpc', jurisdiction }),
          );
        }
        recorded.push(await choose());
        const history = await ledger.history({ tenant, subject });
        // The ledger stamps events with its own clock: answer for the instant just after them.
        const after = Math.max(
          context.now.getTime(),
          ...recorded.map((event) => Date.parse(event.recordedAt)),
        );
        return json(201, {
          recorded: recorded.map((event) => ({
            eventId: event.id,
            sequence: event.seq,
            at: event.recordedAt,
          })),
          state: await stateOf(context, subject, jurisdiction, history, new Date(after)),
        });
      },
    };
  }

  return [
    {
      method: 'GET',
      path: '/consent/config',
      action: 'consent:read',
      async run(context) {
        const config: PurposeConfig[] = purposes.map((purpose) => ({
          id: purpose.id,
          legalBasis: purpose.legalBasis,
          essential: purpose.essential === true,
          saleOrSharing: purpose.saleOrSharing === true,
          consentMode: purpose.consentMode ?? [],
          ...(purpose.title === undefined ? {} : { title: purpose.title }),
          ...(options.descriptions?.[purpose.id] === undefined
            ? {}
            : { description: options.descriptions[purpose.id] }),
        }));
        return json(200, { policyVersion: currentVersion(policy, context.now), purposes: config });
      },
    },
    {
      method: 'GET',
      path: '/consent/state',
      action: 'consent:read',
      async run(context) {
        const query = parseRequestPart(subjectQuerySchema, queryOf(context.url), 'query');
        const jurisdiction = await context.jurisdiction(query.jurisdiction);
        return json(200, await stateOf(context, query.subject, jurisdiction));
      },
    },
    choiceRoute('/consent', recordConsentBodySchema, (context, body, jurisdiction) => {
      checkChoice(Object.keys(body.purposes), body.policyVersion, false);
      return () => ledger.record({ ...body, tenant: context.tenant, jurisdiction });
    }),
    choiceRoute('/consent/withdraw', withdrawConsentBodySchema, (context, body, jurisdiction) => {
      checkChoice(body.purposes, body.policyVersion, true);
      return () => ledger.withdraw({ ...body, tenant: context.tenant, jurisdiction });
    }),
    {
      method: 'GET',
      path: '/consent/history',
      action: 'consent:read',
      async run(context) {
        const query = parseRequestPart(subjectQuerySchema, queryOf(context.url), 'query');
        return json(200, {
          events: await ledger.history({ tenant: context.tenant, subject: query.subject }),
        });
      },
    },
  ];
}
