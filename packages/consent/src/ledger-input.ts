import { type Citation, parseInstant } from '@pledge/core';
import { citationSchema, jurisdictionSchema, tenantIdSchema } from '@pledge/core/schemas';
import { z } from 'zod';
import {
  ACTOR_TYPES,
  type ActorType,
  type ConsentSource,
  type ConsentState,
} from './consent-event.js';

// Control characters (U+0000–U+001F, U+007F) are refused: they corrupt logs and exports.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the class exists to exclude them.
const SUBJECT = /^[^\u0000-\u001f\u007f]{1,256}$/;

/** zod schema for a subject identifier: 1–256 characters without control characters. */
export const subjectSchema: z.ZodType<string> = z.string().regex(SUBJECT, {
  message: 'expected a pseudonymous identifier of 1 to 256 characters without control characters',
});

/** zod schema for a tenant identifier. */
export const tenantSchema: z.ZodType<string> = tenantIdSchema;

const instantSchema = z.union([z.date(), z.string()]).refine(
  (value) => {
    try {
      parseInstant(value);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'expected a Date or an ISO 8601 date-time with Z or an offset' },
);

const HASH = /^[0-9a-f]{64}$/;

/** Who made a choice, with identity details that will be sealed (encrypted) in the ledger. */
export interface ActorInput {
  /** Who acted. */
  readonly type: ActorType;
  /** How the actor was verified (e.g. `email-link`, `knowledge-based`, `card-check`). */
  readonly verification?: string;
  /** The actor's own identifier (sealed; erased with the subject). */
  readonly id?: string;
}

/** Input of {@link ConsentLedger.record}. */
export interface RecordConsentInput {
  /** Tenant (default: the ledger's tenant). */
  readonly tenant?: string;
  /** Pseudonymous subject identifier. Never stored in clear: the ledger keeps a keyed hash. */
  readonly subject: string;
  /** The choice per declared purpose. */
  readonly purposes: Readonly<Record<string, ConsentState>>;
  /** Policy version whose notice was shown. */
  readonly policyVersion: string;
  /** SHA-256 (hex) of the exact notice text shown, in the language shown. */
  readonly noticeHash?: string;
  /** Language of the notice (BCP 47, e.g. `de-DE`). */
  readonly language?: string;
  /** Where the subject is (ISO 3166-1 or -2). */
  readonly jurisdiction: string;
  /** Where the choice came from (`gpc`/`dnt` are signals: use `recordSignal`). */
  readonly source: Exclude<ConsentSource, 'gpc' | 'dnt'>;
  /** Who made it (default: the subject). */
  readonly actor?: ActorInput;
  /** When the choice was made, if earlier than now (only for `import`; never for a withdrawal). */
  readonly effectiveAt?: Date | string;
  /** The subject confirmed a grant after being told it conflicts with their opt-out signal. */
  readonly overridesSignal?: boolean;
  /** IAB TCF consent string. */
  readonly tcString?: string;
  /** IAB GPP string. */
  readonly gppString?: string;
  /** Identifying metadata such as IP address or user agent (sealed; erased with the subject). */
  readonly metadata?: Readonly<Record<string, string>>;
  /** Makes a retried call safe: the same key and content record once. */
  readonly idempotencyKey?: string;
}

/** zod schema for {@link RecordConsentInput} (purpose ids are checked against the ledger after). */
export const recordConsentInputSchema: z.ZodType<RecordConsentInput> = z
  .object({
    tenant: tenantSchema.exactOptional(),
    subject: subjectSchema,
    purposes: z
      .record(z.string().max(64), z.enum(['granted', 'denied', 'withdrawn']))
      .refine((purposes) => Object.keys(purposes).length > 0, {
        message: 'expected at least one purpose',
      }),
    policyVersion: z.string().min(1).max(100),
    noticeHash: z
      .string()
      .regex(HASH, { message: 'expected a SHA-256 hex digest' })
      .exactOptional(),
    language: z
      .string()
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'expected a BCP 47 language tag' })
      .exactOptional(),
    jurisdiction: jurisdictionSchema,
    source: z.enum(['banner', 'preference-centre', 'api', 'import']),
    actor: z
      .object({
        type: z.enum(ACTOR_TYPES),
        verification: z.string().min(1).max(100).exactOptional(),
        id: z.string().min(1).max(256).exactOptional(),
      })
      .strict()
      .exactOptional(),
    effectiveAt: instantSchema.exactOptional(),
    overridesSignal: z.boolean().exactOptional(),
    tcString: z.string().min(1).max(10_000).exactOptional(),
    gppString: z.string().min(1).max(10_000).exactOptional(),
    metadata: z.record(z.string().max(64), z.string().max(2000)).exactOptional(),
    idempotencyKey: z.string().min(1).max(200).exactOptional(),
  })
  .strict() as z.ZodType<RecordConsentInput>;

/** Input of {@link ConsentLedger.withdraw}: like a record, with the purposes to withdraw. */
export interface WithdrawConsentInput
  extends Omit<RecordConsentInput, 'purposes' | 'effectiveAt' | 'overridesSignal'> {
  /** Purposes to withdraw. */
  readonly purposes: readonly string[];
}

/** Input of {@link ConsentLedger.recordSignal}. */
export interface RecordSignalInput {
  readonly tenant?: string;
  readonly subject: string;
  /** `gpc` (`Sec-GPC: 1`, `navigator.globalPrivacyControl`) or `dnt` (`DNT: 1`). */
  readonly signal: 'gpc' | 'dnt';
  /** Whether the signal is present (default true). */
  readonly present?: boolean;
  readonly jurisdiction: string;
  readonly idempotencyKey?: string;
}

/** zod schema for {@link RecordSignalInput}. */
export const recordSignalInputSchema: z.ZodType<RecordSignalInput> = z
  .object({
    tenant: tenantSchema.exactOptional(),
    subject: subjectSchema,
    signal: z.enum(['gpc', 'dnt']),
    present: z.boolean().exactOptional(),
    jurisdiction: jurisdictionSchema,
    idempotencyKey: z.string().min(1).max(200).exactOptional(),
  })
  .strict();

/** Input of {@link ConsentLedger.requireGuardian}. */
export interface RequireGuardianInput {
  readonly tenant?: string;
  readonly subject: string;
  /** True (default) to require a guardian's consent; false to lift the requirement. */
  readonly required?: boolean;
  /** When the subject reaches the threshold (e.g. an age-gate decision's `reevaluateAt`). */
  readonly until?: Date | string;
  readonly jurisdiction: string;
  /** The rule that requires it. */
  readonly citation?: Citation;
  readonly idempotencyKey?: string;
}

/** zod schema for {@link RequireGuardianInput}. */
export const requireGuardianInputSchema: z.ZodType<RequireGuardianInput> = z
  .object({
    tenant: tenantSchema.exactOptional(),
    subject: subjectSchema,
    required: z.boolean().exactOptional(),
    until: instantSchema.exactOptional(),
    jurisdiction: jurisdictionSchema,
    citation: citationSchema.exactOptional(),
    idempotencyKey: z.string().min(1).max(200).exactOptional(),
  })
  .strict() as z.ZodType<RequireGuardianInput>;

/** Names the subject (and tenant) a read or erasure is about. */
export interface SubjectInput {
  readonly tenant?: string;
  readonly subject: string;
}

/** zod schema for {@link SubjectInput}. */
export const subjectInputSchema: z.ZodType<SubjectInput> = z
  .object({ tenant: tenantSchema.exactOptional(), subject: subjectSchema })
  .strict();

/** Input of {@link ConsentLedger.check}. */
export interface CheckConsentInput {
  readonly tenant?: string;
  readonly subject: string;
  /** The purpose to check. An undeclared purpose is denied with `NOT_A_DECLARED_PURPOSE`. */
  readonly purpose: string;
  /** The instant to answer for (default: the ledger clock's now). */
  readonly at?: Date | string;
  /** Where the subject is now, when it differs from (or precedes) what is on record. */
  readonly jurisdiction?: string;
}
