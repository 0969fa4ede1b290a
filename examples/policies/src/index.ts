/**
 * The five seed privacy policies as executable Pledge configuration.
 *
 * @packageDocumentation
 */
import { invalidInput } from '@pledge/core';
import { jamesPro } from './policies/james-pro.js';
import { planfix } from './policies/planfix.js';
import { website } from './policies/website.js';
import { weeek } from './policies/weeek.js';
import { workpex } from './policies/workpex.js';
import { type PledgePolicy, POLICY_NAMES, type PolicyName } from './policy-config.js';

export {
  type AgePromise,
  type CookieCategory,
  type DataCategory,
  definePledgePolicy,
  type NoticeRules,
  type PledgePolicy,
  POLICY_NAMES,
  type PolicyName,
  pledgePolicySchema,
  type RightsPromise,
} from './policy-config.js';
export { renderPolicySummary } from './summary.js';
export { jamesPro, planfix, website, weeek, workpex };

const POLICIES: Readonly<Record<PolicyName, PledgePolicy>> = {
  weeek,
  website,
  workpex,
  planfix,
  'james-pro': jamesPro,
};

/**
 * The seed policy with this name; throws a `ValidationError` (field `name`) for any other.
 *
 * @example
 * ```ts
 * const policy = loadPolicy('planfix');
 * ```
 */
export function loadPolicy(name: string): PledgePolicy {
  if (!(POLICY_NAMES as readonly string[]).includes(name)) {
    invalidInput(
      { scope: '@pledge-examples/policies', field: 'name' },
      'unknown_policy',
      `expected one of ${POLICY_NAMES.join(', ')}`,
    );
  }
  return POLICIES[name as PolicyName];
}
export {
  assessDataMapFor,
  checkAgeFor,
  consentLedgerFor,
  describeDataCategories,
  dsrServiceFor,
  type RequestRoute,
  retentionPolicyFor,
  routeRequest,
} from './engines.js';
