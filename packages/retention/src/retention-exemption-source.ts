import { type CalendarDate, type Citation, invalidInput } from '@pledge/core';
import type { RetentionRecord } from './evaluate-retention.js';
import type { LegalHold } from './legal-hold.js';
import { retentionExemptions } from './retention-exemptions.js';
import type { RetentionPolicy } from './retention-policy.js';

const SCOPE = '@pledge/retention';

/** The least a data-subject request must say for the retention check: its tenant. */
export interface ExemptionRequest {
  /** The tenant whose records are checked. */
  readonly tenant: string;
}

/** Options of {@link retentionExemptionSource}. */
export interface RetentionExemptionSourceOptions<
  Request extends ExemptionRequest = ExemptionRequest,
> {
  /** The tenant's retention policy. */
  readonly policy: RetentionPolicy;
  /**
   * The subject's records the policy governs (e.g. invoices), as the host knows them. Only
   * ids, categories and event dates are needed, never the records' content.
   */
  records(
    subject: string,
    context: { readonly tenant: string; readonly at: Date; readonly request: Request },
  ): Iterable<RetentionRecord> | Promise<Iterable<RetentionRecord>>;
  /** Holds the host keeps outside the policy (checked together with the policy's). */
  holds?(context: {
    readonly tenant: string;
  }): readonly LegalHold[] | Promise<readonly LegalHold[]>;
  /** The data system holding the kept records, when it is one system. */
  readonly system?: string;
  /** Source id (default `retention-policy`). */
  readonly id?: string;
}

/** A category an erasure must keep, in the shape of `@pledge/dsr`'s `KeptCategory`. */
export interface KeptByRetention {
  /** The kept category. */
  readonly category: string;
  /** The data system holding it, when known. */
  readonly system?: string;
  /** Why it is kept: a legal obligation (Art. 17(3)(b)) or a legal hold (Art. 17(3)(e)). */
  readonly basis: 'legal-obligation' | 'legal-claims';
  /** The law that requires keeping it. */
  readonly citation: Citation;
  /** Kept until this day, when the policy says. */
  readonly until?: CalendarDate;
}

/**
 * The retention policy as an exemption source of `@pledge/dsr` (its `ExemptionSource` port,
 * matched by shape): pass it in `exemptions` to `createDsrService`.
 */
export interface RetentionExemptionSource<Request extends ExemptionRequest = ExemptionRequest> {
  /** The source id in reports. */
  readonly id: string;
  /** The categories an erasure of `subject` must keep, with the law that keeps them. */
  exemptionsFor(
    subject: string,
    context: { readonly at: Date; readonly request: Request },
  ): Promise<readonly KeptByRetention[]>;
}

/**
 * The retention policy as a check before every erasure (DESIGN §3): the subject's records are
 * checked against the policy; a legal-obligation rule whose minimum still runs keeps its
 * category under GDPR Art. 17(3)(b), an active legal hold under Art. 17(3)(e). The request then
 * ends `partially-completed` and the kept data is restricted.
 *
 * @example
 * ```ts
 * const exemptions = [retentionExemptionSource({ policy, records: (subject) => invoicesOf(subject) })];
 * const service = createDsrService({ store, clock, systems, exemptions });
 * ```
 */
export function retentionExemptionSource<Request extends ExemptionRequest = ExemptionRequest>(
  options: RetentionExemptionSourceOptions<Request>,
): RetentionExemptionSource<Request> {
  if (typeof options !== 'object' || options === null) {
    invalidInput({ scope: SCOPE, field: 'options' }, 'invalid_type', 'expected options');
  }
  if (typeof options.records !== 'function') {
    invalidInput({ scope: SCOPE, field: 'options.records' }, 'invalid_type', 'expected a function');
  }
  if (
    typeof options.policy !== 'object' ||
    options.policy === null ||
    !Array.isArray(options.policy.rules)
  ) {
    invalidInput(
      { scope: SCOPE, field: 'options.policy' },
      'invalid_type',
      'expected a RetentionPolicy from defineRetentionPolicy',
    );
  }
  return {
    id: options.id ?? 'retention-policy',
    async exemptionsFor(subject, context) {
      const tenant = context.request.tenant;
      const records = await options.records(subject, {
        tenant,
        at: context.at,
        request: context.request,
      });
      const holds = options.holds ? await options.holds({ tenant }) : undefined;
      const result = retentionExemptions(options.policy, {
        subject,
        records,
        at: context.at,
        ...(holds === undefined ? {} : { holds }),
      });
      return result.kept.map(
        (exemption): KeptByRetention => ({
          category: exemption.category,
          basis: exemption.basis,
          citation: exemption.ground,
          ...(exemption.keepUntil === null ? {} : { until: exemption.keepUntil }),
          ...(options.system === undefined ? {} : { system: options.system }),
        }),
      );
    },
  };
}
