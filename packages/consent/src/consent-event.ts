import type { Citation } from '@pledge/core';

/** A subject's choice for one purpose. `withdrawn` ends an earlier grant (GDPR Art. 7(3)). */
export type ConsentState = 'granted' | 'denied' | 'withdrawn';

/** Where a choice or signal came from. */
export type ConsentSource = 'banner' | 'preference-centre' | 'api' | 'import' | 'gpc' | 'dnt';

/** Every consent source. */
export const CONSENT_SOURCES = [
  'banner',
  'preference-centre',
  'api',
  'import',
  'gpc',
  'dnt',
] as const;

/** Who made the choice: the subject, a holder of parental responsibility, an authorised agent or an administrator. */
export type ActorType = 'self' | 'guardian' | 'agent' | 'admin';

/** Every actor type. */
export const ACTOR_TYPES = ['self', 'guardian', 'agent', 'admin'] as const;

/**
 * The hashed body of a `choice` event. Identifying details (actor identity, metadata such as
 * IP address or user agent) are never in clear text: they sit in `sealed`, encrypted with the
 * subject's key, so destroying the key erases them without breaking the chain.
 */
export interface ChoiceEventBody {
  readonly kind: 'choice';
  /** Event identifier (unique). */
  readonly id: string;
  /** Tenant whose chain holds the event. */
  readonly tenant: string;
  /** Keyed pseudonym of the subject (HMAC-SHA-256 with the ledger secret). */
  readonly subjectRef: string;
  /** When the ledger recorded the event (ISO 8601, from the injected clock). */
  readonly recordedAt: string;
  /** When the choice was made (earlier than `recordedAt` only for imports). */
  readonly effectiveAt: string;
  /** The choice per purpose. */
  readonly purposes: Readonly<Record<string, ConsentState>>;
  /** Policy version shown to the subject. */
  readonly policyVersion: string;
  /** SHA-256 of the exact notice text shown, when the host supplied it. */
  readonly noticeHash?: string;
  /** Language of the notice shown (BCP 47). */
  readonly language?: string;
  /** Jurisdiction of the subject at the time (ISO 3166). */
  readonly jurisdiction: string;
  /** Where the choice came from. */
  readonly source: ConsentSource;
  /** Who made it, and how they were verified (identity details are sealed). */
  readonly actor: { readonly type: ActorType; readonly verification?: string };
  /** When each granted purpose lapses (from the purpose's lifetime). */
  readonly expiresAt?: Readonly<Record<string, string>>;
  /**
   * A grant made after the subject was told of a conflict with their opt-out preference signal
   * (Cal. Code Regs. tit. 11 § 7025(c)(3)): it wins over the signal.
   */
  readonly overridesSignal?: boolean;
  /** IAB TCF consent string, when the host uses the framework. */
  readonly tcString?: string;
  /** IAB Global Privacy Platform string. */
  readonly gppString?: string;
  /** Encrypted identifying details (base64 of IV and AES-GCM ciphertext). */
  readonly sealed?: string;
}

/** A browser privacy signal received for the subject. */
export interface SignalEventBody {
  readonly kind: 'signal';
  readonly id: string;
  readonly tenant: string;
  readonly subjectRef: string;
  readonly recordedAt: string;
  /** `gpc` (Global Privacy Control, `Sec-GPC: 1`) or `dnt` (Do Not Track). */
  readonly signal: 'gpc' | 'dnt';
  /** True when the signal was present. */
  readonly present: boolean;
  readonly jurisdiction: string;
}

/**
 * The subject needs a guardian's consent (e.g. an age-gate decision of
 * `parental-consent-required`) until `until`, when they reach the threshold and must be asked
 * themselves.
 */
export interface GuardianRequirementEventBody {
  readonly kind: 'guardian-requirement';
  readonly id: string;
  readonly tenant: string;
  readonly subjectRef: string;
  readonly recordedAt: string;
  /** True to require a guardian; false lifts an earlier requirement. */
  readonly required: boolean;
  /** When the requirement ends on its own (the person reaches the threshold). */
  readonly until?: string;
  readonly jurisdiction: string;
  /** The rule that required it, from the age gate. */
  readonly citation?: Citation;
}

/** The subject was erased: their key was destroyed; earlier events stay, redacted. */
export interface SubjectForgottenEventBody {
  readonly kind: 'subject-forgotten';
  readonly id: string;
  readonly tenant: string;
  readonly subjectRef: string;
  readonly recordedAt: string;
}

/** Any event of the ledger, as hashed into the chain. */
export type ConsentEventBody =
  | ChoiceEventBody
  | SignalEventBody
  | GuardianRequirementEventBody
  | SubjectForgottenEventBody;
