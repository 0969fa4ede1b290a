import { invalidInput } from '@pledge/core';
import type { DsrRequest, ExemptionSource, KeptCategory } from '@pledge/dsr';
import {
  type LegalHold,
  type RetentionPolicy,
  type RetentionRecord,
  retentionExemptions,
} from '@pledge/retention';

const SCOPE = '@pledge/http';

/** Options of {@link retentionExemptionSource}. */
export interface RetentionExemptionSourceOptions {
  /** The tenant's retention policy. */
  readonly policy: RetentionPolicy;
  /**
   * The subject's records the policy governs (e.g. invoices), as the host knows them. Only
   * ids, categories and event dates are needed, never the records' content.
   */
  records(
    subject: string,
    context: { readonly tenant: string; readonly at: Date; readonly request: DsrRequest },
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

/**
 * `@pledge/retention` as a `@pledge/dsr` exemption source (DESIGN §3): before an erasure, the
 * subject's records are checked against the retention policy; a legal-obligation rule whose
 * minimum still runs keeps its category under GDPR Art. 17(3)(b), an active legal hold under
 * Art. 17(3)(e). The request then ends `partially-completed` and the kept data is restricted.
 *
 * @example
 * ```ts
 * const exemptions = [retentionExemptionSource({ policy, records: (subject) => invoicesOf(subject) })];
 * const service = createDsrService({ store, clock, systems, exemptions });
 * ```
 */
export function retentionExemptionSource(
  options: RetentionExemptionSourceOptions,
): ExemptionSource {
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
        (exemption): KeptCategory => ({
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
