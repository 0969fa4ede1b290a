import { invalid } from './consent-client-error.js';

/**
 * Every Google Consent Mode v2 consent type, in a stable order. The same list as
 * @pledge/consent's `CONSENT_MODE_TYPES`, repeated so the browser bundle does not ship the
 * ledger (and zod).
 */
export const CONSENT_MODE_TYPES = [
  'ad_storage',
  'analytics_storage',
  'ad_user_data',
  'ad_personalization',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;

/** A Google Consent Mode v2 consent type. */
export type ConsentModeType = (typeof CONSENT_MODE_TYPES)[number];

/**
 * A purpose the host declared, as `GET /consent/config` returns it (the browser-facing subset of
 * @pledge/consent's `PurposeDefinition`).
 */
export interface PurposeInfo {
  /** Stable identifier: lower-case letters, digits and hyphens, e.g. `analytics`. */
  readonly id: string;
  /** The lawful basis (GDPR Art. 6(1)); only `consent` purposes are off until chosen. */
  readonly legalBasis: string;
  /** Strictly necessary (Directive 2002/58/EC Art. 5(3)): always on, never asked. */
  readonly essential?: boolean;
  /** Sale, sharing or targeted advertising: off by default under Global Privacy Control. */
  readonly saleOrSharing?: boolean;
  /** Google Consent Mode v2 types this purpose controls. */
  readonly consentMode?: readonly string[];
  /** Name to show in a banner. */
  readonly title?: string;
  /** Explanation to show in a preference centre. */
  readonly description?: string;
}

/** What a banner asks about: the notice version and the declared purposes. */
export interface ConsentConfig {
  /** The policy (notice) version the subject is shown; a new one asks again. */
  readonly policyVersion: string;
  /** The declared purposes, in display order. */
  readonly purposes: readonly PurposeInfo[];
}

const PURPOSE_ID = /^[a-z][a-z0-9-]{0,63}$/;

/** A purpose's id when it is well formed, else undefined. */
export function purposeId(value: unknown): string | undefined {
  return typeof value === 'string' && PURPOSE_ID.test(value) ? value : undefined;
}

/**
 * Checks a consent configuration and returns a copy holding only the known fields. Throws a
 * `VALIDATION_FAILED` error naming the field (from `root`) at fault.
 */
export function parseConsentConfig(value: unknown, root: string): ConsentConfig {
  const config = value as ConsentConfig | null;
  if (typeof config !== 'object' || config === null) invalid(root, 'expected an object');
  if (typeof config.policyVersion !== 'string' || config.policyVersion === '') {
    invalid(`${root}.policyVersion`, 'expected a non-empty string');
  }
  if (!Array.isArray(config.purposes)) invalid(`${root}.purposes`, 'expected an array');
  const seen = new Set<string>();
  const purposes = config.purposes.map((purpose: PurposeInfo, index) => {
    const at = `${root}.purposes[${index}]`;
    if (typeof purpose !== 'object' || purpose === null) invalid(at, 'expected an object');
    const id = purposeId(purpose.id);
    if (!id || seen.has(id)) {
      invalid(`${at}.id`, 'expected a unique id of lower-case letters, digits and hyphens');
    }
    seen.add(id);
    if (typeof purpose.legalBasis !== 'string') invalid(`${at}.legalBasis`, 'expected a string');
    for (const flag of ['essential', 'saleOrSharing'] as const) {
      if (purpose[flag] !== undefined && typeof purpose[flag] !== 'boolean') {
        invalid(`${at}.${flag}`, 'expected a boolean');
      }
    }
    const types = purpose.consentMode ?? [];
    if (!Array.isArray(types) || types.some((type) => typeof type !== 'string')) {
      invalid(`${at}.consentMode`, 'expected an array of consent types');
    }
    const parsed: {
      -readonly [Key in keyof PurposeInfo]: PurposeInfo[Key];
    } = {
      id,
      legalBasis: purpose.legalBasis,
      essential: purpose.essential === true,
      saleOrSharing: purpose.saleOrSharing === true,
      consentMode: [...types],
    };
    if (typeof purpose.title === 'string') parsed.title = purpose.title;
    if (typeof purpose.description === 'string') parsed.description = purpose.description;
    return parsed;
  });
  return { policyVersion: config.policyVersion, purposes };
}
