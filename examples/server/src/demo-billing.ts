import { sha256Hex } from '@pledge/core';
import type { DataCategoryDescription, DataSystem, DsrRequest } from '@pledge/dsr';
import {
  defineRetentionPolicy,
  type RetentionPolicy,
  type RetentionRule,
  retentionExemptionSource,
  retentionTemplate,
} from '@pledge/retention';

/** The retention rule the demo's billing adds: vouchers 8 years from year end (HGB §257(4), AO §147(3)). */
export const INVOICE_RULE: RetentionRule = retentionTemplate('de-buchungsbelege-8y', {
  id: 'demo-invoices-8y',
  scope: { category: 'invoice' },
});

const INVOICE_CATEGORY: DataCategoryDescription = {
  category: 'invoice',
  source: 'your subscription',
  purposes: ['billing', 'bookkeeping required by law'],
  recipients: ['payment processor', 'tax adviser'],
  retention: '8 years from the end of the year of issue (HGB §257(4), AO §147(3))',
  legalBasis: 'legal-obligation',
};

/**
 * The seed policy's rules plus the demo billing's statutory one. The seed policies promise
 * nothing about invoices, but a business that bills must keep them: the law binds the host
 * whether the policy says so or not.
 */
export function demoRetentionPolicy(rules: {
  readonly rules: readonly RetentionRule[];
  readonly holds?: RetentionPolicy['holds'];
}): RetentionPolicy {
  return defineRetentionPolicy({
    rules: [...rules.rules, INVOICE_RULE],
    ...(rules.holds === undefined ? {} : { holds: rules.holds }),
  });
}

// The demo treats every visitor as a subscriber with one invoice, issued the day their first
// request arrived: enough to show an erasure that must keep data under GDPR Art. 17(3)(b).
function invoiceOf(subject: string, request: DsrRequest) {
  const received =
    request.clock.find((event) => event.kind === 'received')?.at ?? request.clock[0]?.at;
  const issuedOn = (received ?? new Date().toISOString()).slice(0, 10);
  return {
    id: `INV-${sha256Hex(`${request.tenant}\u0000${subject}`).slice(0, 8).toUpperCase()}`,
    issuedOn,
  };
}

/** The demo billing system (a `DataSystem`) and its exemption source. */
export function demoBilling(policy: RetentionPolicy, log: (line: string) => void) {
  const system: DataSystem = {
    id: 'billing',
    recipients: ['payment processor'],
    idempotent: { erase: true, restrict: true },
    async access(subject, context) {
      return {
        records: { invoices: [invoiceOf(subject, context.request)] },
        categories: [INVOICE_CATEGORY],
      };
    },
    async erase(_subject, context) {
      const kept = context.keep.map((category) => category.category).join(', ') || 'nothing';
      log(
        `[demo log] billing: erased the subject's account data, kept ${kept} (request ${context.request.id})`,
      );
    },
    async restrict(_subject, context) {
      log(
        `[demo log] billing: restricted ${context.categories.join(', ') || 'all'} to bookkeeping (request ${context.request.id})`,
      );
    },
  };
  const exemptions = retentionExemptionSource<DsrRequest>({
    policy,
    system: 'billing',
    records: (subject, context) => {
      const invoice = invoiceOf(subject, context.request);
      return [
        { id: invoice.id, category: 'invoice', subject, events: { collected: invoice.issuedOn } },
      ];
    },
  });
  return { system, exemptions };
}
