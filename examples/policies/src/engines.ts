import { type AgeDecision, type AgeQuery, checkAge } from '@pledge/age-gate';
import {
  type ConsentLedger,
  type ConsentLedgerOptions,
  createConsentLedger,
} from '@pledge/consent';
import type { DateInput } from '@pledge/core';
import {
  createDsrService,
  type DataCategoryDescription,
  type DsrService,
  type DsrServiceOptions,
} from '@pledge/dsr';
import { defineRetentionPolicy, type RetentionPolicy } from '@pledge/retention';
import { assessTransferMap, type TransferMapReport } from '@pledge/transfers/map';
import type { PledgePolicy } from './policy-config.js';

/**
 * A consent ledger whose purposes, notice versions and Do Not Track handling come from the
 * policy; the host supplies the store, the secret and the clock.
 */
export function consentLedgerFor(
  policy: PledgePolicy,
  options: Omit<ConsentLedgerOptions, 'purposes' | 'policy' | 'signals'>,
): ConsentLedger {
  return createConsentLedger({
    ...options,
    purposes: policy.purposes,
    policy: policy.notice.consentPolicy,
    signals: { dnt: policy.doNotTrack },
    serviceName: policy.title,
  });
}

/** The policy's retention rules as a validated retention policy. */
export function retentionPolicyFor(policy: PledgePolicy): RetentionPolicy {
  return defineRetentionPolicy(policy.retention);
}

/** A DSR service bound by the policy's deadline promises. */
export function dsrServiceFor(
  policy: PledgePolicy,
  options: Omit<DsrServiceOptions, 'policy'>,
): DsrService {
  return createDsrService({ ...options, policy: policy.dsr.policy });
}

/** The age-gate decision with the policy's company rules layered over the law. */
export function checkAgeFor(policy: PledgePolicy, query: Omit<AgeQuery, 'policy'>): AgeDecision {
  return checkAge({ ...query, policy: policy.age.policy });
}

/** The policy's data map assessed on a date. */
export function assessDataMapFor(policy: PledgePolicy, at: DateInput): TransferMapReport {
  return assessTransferMap(policy.dataMap, { at });
}

/**
 * What the policy says about each data category, in the shape an access export lists it
 * (source, purposes, recipients, retention, legal basis).
 */
export function describeDataCategories(policy: PledgePolicy): readonly DataCategoryDescription[] {
  const basisOf = new Map(policy.purposes.map((purpose) => [purpose.id, purpose.legalBasis]));
  return policy.data.map((category) => ({
    category: category.id,
    source: category.source,
    purposes: category.purposes,
    recipients: policy.dataMap.flows
      .filter((flow) => flow.dataCategories?.includes(category.id))
      .map((flow) => flow.to),
    retention: category.keptFor,
    legalBasis: [...new Set(category.purposes.map((purpose) => basisOf.get(purpose)))].join(', '),
  }));
}

/** Who answers a data-subject request: the vendor itself, or the customer who controls it. */
export type RequestRoute = 'handle' | 'forward-to-controller';

/**
 * Where a request goes. A request about data inside a customer's account goes to that customer
 * when the policy makes the vendor a processor for it; a request about the person's own
 * account (an administrator's own data, say) is handled directly.
 */
export function routeRequest(
  policy: PledgePolicy,
  request: { readonly about: 'own-account' | 'service-data' },
): RequestRoute {
  return request.about === 'service-data' &&
    policy.dsr.serviceDataRequests === 'forward-to-controller'
    ? 'forward-to-controller'
    : 'handle';
}
