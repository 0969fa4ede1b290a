import type { CompanyPolicy } from '@pledge/age-gate';
import {
  type ConsentPolicy,
  consentPolicySchema,
  type PurposeDefinition,
  purposeDefinitionSchema,
} from '@pledge/consent';
import { invalidInput, parseInput } from '@pledge/core';
import { durationSchema } from '@pledge/core/schemas';
import { type DsrPolicy, dsrPolicySchema, REQUEST_TYPES, type RequestType } from '@pledge/dsr';
import {
  defineRetentionPolicy,
  type LegalHold,
  legalHoldSchema,
  type RetentionRule,
  retentionRuleSchema,
} from '@pledge/retention';
import { assessTransferMap, type TransferMap } from '@pledge/transfers/map';
import { z } from 'zod';

const SCOPE = '@pledge-examples/policies';

/** The names of the five seed policies, as `loadPolicy` accepts them. */
export const POLICY_NAMES = ['weeek', 'website', 'workpex', 'planfix', 'james-pro'] as const;

/** A seed policy's name. */
export type PolicyName = (typeof POLICY_NAMES)[number];

/** A category of data the policy says is collected, and what it says about it. */
export interface DataCategory {
  /** Stable id, used as the retention rule's `scope.category` where one applies. */
  readonly id: string;
  /** What it is, in the policy's words. */
  readonly description: string;
  /** Where it comes from (the subject, the service, a partner). */
  readonly source: string;
  /** Ids of the declared purposes it serves. */
  readonly purposes: readonly string[];
  /** How long it is kept, as the notice states it (shown in access exports). */
  readonly keptFor: string;
}

/** A cookie category and the purpose whose consent (or other basis) governs it. */
export interface CookieCategory {
  /** Category name as the notice lists it. */
  readonly id: string;
  /** The declared purpose it serves. */
  readonly purpose: string;
  /** `session` (ends with the browser session) or `persistent` (a set lifetime). */
  readonly lifetime: 'session' | 'persistent' | 'session-and-persistent';
}

/** The policy's version history and how changes are announced. */
export interface NoticeRules {
  /** The consent ledger's policy: its versions; a `material` one makes earlier grants lapse. */
  readonly consentPolicy: ConsentPolicy;
  /** Advance notice promised before a material change applies (ISO 8601), if any. */
  readonly advanceNotice?: string;
  /** How changes are announced. */
  readonly channels: readonly string[];
  /** Whether earlier versions stay published. */
  readonly archiveOfPreviousVersions: boolean;
}

/** Data-subject rights as the policy promises them. */
export interface RightsPromise {
  /** Request types offered. */
  readonly rights: readonly RequestType[];
  /** The DSR engine's host policy (deadline promise, honour everywhere). */
  readonly policy: DsrPolicy;
  /** Who answers requests about data inside customer accounts. */
  readonly serviceDataRequests: 'vendor' | 'forward-to-controller';
  /** Channels through which requests are accepted. */
  readonly channels: readonly string[];
  /** Withdrawal and objection take effect only for the future. */
  readonly withdrawalRetroactive: false;
}

/** Children: the company policy layered over the law, and what happens to found data. */
export interface AgePromise {
  /** The age-gate company policy (`minimumAge`). */
  readonly policy: CompanyPolicy;
  /** A child's data is deleted when discovered (or on a parent's request). */
  readonly deleteChildData: boolean;
}

/** One seed policy as Pledge configuration. */
export interface PledgePolicy {
  /** The policy's name. */
  readonly name: PolicyName;
  /** Title shown in the summary. */
  readonly title: string;
  /** Where the seed text lives. */
  readonly source: string;
  /** The controller: who decides, where it is established (ISO code, or `unknown` when unstated). */
  readonly controller: { readonly name: string; readonly country: string };
  /** The vendor's role for data inside customer accounts. */
  readonly serviceDataRole: 'controller' | 'processor';
  /** Declared purposes with GDPR Art. 6(1) legal bases (consent-ledger definitions). */
  readonly purposes: readonly PurposeDefinition[];
  /** Plain-language descriptions of the purposes, by id. */
  readonly purposeDescriptions: Readonly<Record<string, string>>;
  /** Data categories collected. */
  readonly data: readonly DataCategory[];
  /** Cookie categories. */
  readonly cookies: readonly CookieCategory[];
  /** Browser Do Not Track: `ignore` (the seeds say it is not honoured) or `opt-out`. */
  readonly doNotTrack: 'ignore' | 'opt-out';
  /** Retention rules and holds (input to `defineRetentionPolicy`). */
  readonly retention: {
    readonly rules: readonly RetentionRule[];
    readonly holds?: readonly LegalHold[];
  };
  /** Data-subject rights. */
  readonly dsr: RightsPromise;
  /** Children. */
  readonly age: AgePromise;
  /** Systems, flows and residency promises (input to `assessTransferMap`). */
  readonly dataMap: TransferMap;
  /** Versions and change notice. */
  readonly notice: NoticeRules;
}

const id = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/);

const transferMapShape = z.custom<TransferMap>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { systems?: unknown }).systems) &&
    Array.isArray((value as { flows?: unknown }).flows),
  { message: 'expected { systems, flows, residency? }' },
);

/** The zod schema of {@link PledgePolicy}; unknown keys are rejected. */
export const pledgePolicySchema: z.ZodType<PledgePolicy> = z
  .object({
    name: z.enum(POLICY_NAMES),
    title: z.string().min(1),
    source: z.string().min(1),
    controller: z.object({ name: z.string().min(1), country: z.string().min(2) }).strict(),
    serviceDataRole: z.enum(['controller', 'processor']),
    purposes: z.array(purposeDefinitionSchema).min(1),
    purposeDescriptions: z.record(z.string(), z.string().min(1)),
    data: z
      .array(
        z
          .object({
            id,
            description: z.string().min(1),
            source: z.string().min(1),
            purposes: z.array(id),
            keptFor: z.string().min(1),
          })
          .strict(),
      )
      .min(1),
    cookies: z.array(
      z
        .object({
          id: z.string().min(1),
          purpose: id,
          lifetime: z.enum(['session', 'persistent', 'session-and-persistent']),
        })
        .strict(),
    ),
    doNotTrack: z.enum(['ignore', 'opt-out']),
    retention: z
      .object({
        rules: z.array(retentionRuleSchema),
        holds: z.array(legalHoldSchema).exactOptional(),
      })
      .strict(),
    dsr: z
      .object({
        rights: z.array(z.enum(REQUEST_TYPES)).min(1),
        policy: dsrPolicySchema,
        serviceDataRequests: z.enum(['vendor', 'forward-to-controller']),
        channels: z.array(z.string().min(1)).min(1),
        withdrawalRetroactive: z.literal(false),
      })
      .strict(),
    age: z
      .object({
        policy: z.object({ minimumAge: z.number().int().min(0).max(21).exactOptional() }).strict(),
        deleteChildData: z.boolean(),
      })
      .strict(),
    dataMap: transferMapShape,
    notice: z
      .object({
        consentPolicy: consentPolicySchema,
        advanceNotice: durationSchema.exactOptional(),
        channels: z.array(z.string().min(1)).min(1),
        archiveOfPreviousVersions: z.boolean(),
      })
      .strict(),
  })
  .strict();

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * Validates a policy configuration and returns it frozen. Beyond the schema, every purpose
 * referenced by a data or cookie category must be declared, the retention rules must form a
 * valid retention policy and the data map must be assessable.
 *
 * @example
 * ```ts
 * const policy = definePledgePolicy({ name: 'website', ... });
 * ```
 */
export function definePledgePolicy(config: PledgePolicy): PledgePolicy {
  const policy = parseInput(pledgePolicySchema, config, { scope: SCOPE, field: 'policy' });
  const declared = new Set(policy.purposes.map((purpose) => purpose.id));
  const check = (purpose: string, path: readonly (string | number)[]) => {
    if (!declared.has(purpose)) {
      invalidInput(
        { scope: SCOPE, field: 'policy' },
        'unknown_purpose',
        'not a declared purpose',
        path,
      );
    }
  };
  for (const [index, category] of policy.data.entries()) {
    for (const [at, purpose] of category.purposes.entries()) {
      check(purpose, ['data', index, 'purposes', at]);
    }
  }
  for (const [index, cookie] of policy.cookies.entries()) {
    check(cookie.purpose, ['cookies', index, 'purpose']);
  }
  for (const purpose of Object.keys(policy.purposeDescriptions)) {
    check(purpose, ['purposeDescriptions', purpose]);
  }
  defineRetentionPolicy(policy.retention);
  const first = policy.notice.consentPolicy.versions[0];
  if (first !== undefined) assessTransferMap(policy.dataMap, { at: first.effectiveFrom });
  return deepFreeze(policy);
}
