import { type CompanyPolicy, checkAge, type ServiceDescription } from '@pledge/age-gate';
import { withAgeSources } from '@pledge/age-gate/sources';
import type { ConsentLedger } from '@pledge/consent';
import { publicReasons } from './consent-routes.js';
import { json, type Route } from './http-io.js';
import { ageCheckBodySchema } from './request-schemas.js';

/** What `POST /age/check` needs. */
export interface AgeRoutesOptions {
  /** The company's stricter rules (e.g. `{ minimumAge: 16 }`). */
  readonly policy?: CompanyPolicy;
  /** The service, when the body names none (default `{ type: 'general' }`). */
  readonly service?: ServiceDescription;
}

/** @internal `POST /age/check`; a guardian requirement goes to the ledger when there is one. */
export function ageRoutes(options: AgeRoutesOptions, ledger: ConsentLedger | undefined): Route[] {
  return [
    {
      method: 'POST',
      path: '/age/check',
      action: 'consent:write',
      async run(context) {
        const body = await context.body(ageCheckBodySchema);
        const jurisdiction = await context.requiredJurisdiction(body.jurisdiction);
        // The birth date is used for this decision only: never stored, logged or returned.
        const decision = checkAge({
          jurisdiction,
          at: context.now,
          ...(body.age === undefined ? {} : { age: body.age }),
          ...(body.birthDate === undefined ? {} : { birthDate: body.birthDate }),
          ...(body.ageBand === undefined ? {} : { ageBand: body.ageBand }),
          service: body.service ?? options.service ?? { type: 'general' },
          ...(options.policy === undefined ? {} : { policy: options.policy }),
        });
        if (decision.outcome === 'parental-consent-required' && ledger !== undefined) {
          await ledger.sync({ tenant: context.tenant });
          await ledger.requireGuardian({
            tenant: context.tenant,
            subject: body.subject,
            jurisdiction,
            ...(decision.reevaluateAt === undefined
              ? {}
              : { until: `${decision.reevaluateAt}T00:00:00Z` }),
            // The ledger keeps the citation as evidence, with its source URL and note; the
            // answer below cites law, article and confidence only (no research notes).
            ...(decision.citation === undefined
              ? {}
              : { citation: withAgeSources(decision).citation }),
          });
        }
        // Reasons travel without parameters, and a refusal without citations or a date: a
        // refused person must get no hint of the threshold (FTC COPPA FAQ G.3).
        return json(200, {
          outcome: decision.outcome,
          reasons:
            decision.outcome === 'deny'
              ? decision.reasons.map((why) => ({ code: why.code }))
              : publicReasons(decision.reasons),
          obligations: decision.obligations,
          ...(decision.reevaluateAt === undefined || decision.outcome === 'deny'
            ? {}
            : { reevaluateAt: decision.reevaluateAt }),
          ...(decision.guardian === undefined
            ? {}
            : {
                guardian: {
                  consentBy: decision.guardian.consentBy,
                  verificationMethods: decision.guardian.verificationMethods,
                },
              }),
        });
      },
    },
  ];
}
