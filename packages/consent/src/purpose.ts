import { durationSchema } from '@pledge/core/schemas';
import { z } from 'zod';

/**
 * The lawful basis a purpose rests on, in the vocabulary of GDPR Art. 6(1)(a)–(f). Only
 * `consent` purposes need a recorded choice; `legitimate-interests` purposes can be objected to
 * (Art. 21); the others do not depend on the subject's choice.
 */
export type LegalBasis =
  | 'consent'
  | 'contract'
  | 'legal-obligation'
  | 'vital-interests'
  | 'public-task'
  | 'legitimate-interests';

/** Every legal basis, in the order of GDPR Art. 6(1)(a)–(f). */
export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal-obligation',
  'vital-interests',
  'public-task',
  'legitimate-interests',
] as const;

/** Google Consent Mode v2 consent types. */
export type ConsentModeType =
  | 'ad_storage'
  | 'analytics_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage';

/** Every Google Consent Mode v2 consent type. */
export const CONSENT_MODE_TYPES = [
  'ad_storage',
  'analytics_storage',
  'ad_user_data',
  'ad_personalization',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;

/** A processing purpose the host declares, e.g. `analytics`, `marketing-email`, `sale`. */
export interface PurposeDefinition {
  /** Stable identifier: lower-case letters, digits and hyphens. */
  readonly id: string;
  /** Human-readable name for banners and receipts. */
  readonly title?: string;
  /** The lawful basis (GDPR Art. 6(1)). */
  readonly legalBasis: LegalBasis;
  /**
   * Strictly necessary for the service the subject asked for: always allowed, no choice needed
   * (the exemption in Directive 2002/58/EC Art. 5(3), second sentence).
   */
  readonly essential?: boolean;
  /** Consent lapses this long after it was given (ISO 8601 duration, e.g. `P13M`). */
  readonly lifetime?: string;
  /**
   * Sale or sharing of personal information, or targeted advertising: an opt-out preference
   * signal (Global Privacy Control) opts the subject out where a US regime requires it.
   */
  readonly saleOrSharing?: boolean;
  /** Cross-site tracking: a Do-Not-Track signal opts out when the ledger honours DNT. */
  readonly tracking?: boolean;
  /**
   * Requires opt-in consent everywhere, even where the regime is opt-out (e.g. sensitive data,
   * or a host that promises opt-in marketing e-mail to everyone).
   */
  readonly optInEverywhere?: boolean;
  /** Google Consent Mode v2 types this purpose controls. */
  readonly consentMode?: readonly ConsentModeType[];
}

const PURPOSE_ID = /^[a-z][a-z0-9-]{0,63}$/;

/** zod schema for a {@link PurposeDefinition}. */
export const purposeDefinitionSchema: z.ZodType<PurposeDefinition> = z
  .object({
    id: z
      .string()
      .regex(PURPOSE_ID, { message: 'expected lower-case letters, digits and hyphens' }),
    title: z.string().min(1).max(200).exactOptional(),
    legalBasis: z.enum(LEGAL_BASES),
    essential: z.boolean().exactOptional(),
    lifetime: durationSchema.exactOptional(),
    saleOrSharing: z.boolean().exactOptional(),
    tracking: z.boolean().exactOptional(),
    optInEverywhere: z.boolean().exactOptional(),
    consentMode: z.array(z.enum(CONSENT_MODE_TYPES)).max(7).exactOptional(),
  })
  .strict()
  .refine(
    (purpose) => !(purpose.essential && purpose.legalBasis === 'consent' && purpose.saleOrSharing),
    {
      message: 'an essential purpose cannot be sale or sharing',
      path: ['essential'],
    },
  );
