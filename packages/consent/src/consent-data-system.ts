import { type DataCategoryDescription, invalidInput, type JsonValue } from '@pledge/core';
import type { ConsentLedger } from './ledger.js';

const SCOPE = '@pledge/consent';

/**
 * How the consent history is described in an access export: `DataCategoryDescription` from
 * `@pledge/core`, the same type `@pledge/dsr` exports.
 */
export type ConsentHistoryCategory = DataCategoryDescription;

/** Options of {@link consentDataSystem}. */
export interface ConsentDataSystemOptions {
  /** The ledger. The request's tenant is used for every call. */
  readonly ledger: ConsentLedger;
  /** Data system id (default `consent-ledger`). */
  readonly id?: string;
  /** How the consent history is described in exports (default {@link CONSENT_HISTORY_CATEGORY}). */
  readonly category?: ConsentHistoryCategory;
}

/** What a DSR connector call tells the ledger: the request, for its tenant. */
export interface ConsentConnectorContext {
  /** The data-subject request being fulfilled. */
  readonly request: { readonly tenant: string };
}

/**
 * The ledger as a data system of `@pledge/dsr` (its `DataSystem` port, matched by shape): pass
 * it in `systems` to `createDsrService`.
 */
export interface ConsentDataSystem {
  /** The system id in task ids and reports. */
  readonly id: string;
  /** Forgetting twice changes nothing, so a rerun after a crash may repeat it. */
  readonly idempotent: { readonly erase: true };
  /** The subject's consent history, decrypted where the key still exists. */
  access(
    subject: string,
    context: ConsentConnectorContext,
  ): Promise<{
    readonly records: { readonly consentHistory: JsonValue };
    readonly categories: readonly ConsentHistoryCategory[];
  }>;
  /** Destroys the subject's key (`ledger.forget`); the chain still verifies. */
  erase(subject: string, context: ConsentConnectorContext): Promise<void>;
}

/** How the consent history is described in an access export unless the host says otherwise. */
export const CONSENT_HISTORY_CATEGORY: ConsentHistoryCategory = {
  category: 'consent-history',
  source: 'your choices in the consent banner and preference centre, and browser signals',
  purposes: ['demonstrating consent (GDPR Art. 7(1))'],
  recipients: [],
  retention:
    'as long as the consent ledger proves a choice; identifying details are erased on request',
  legalBasis: 'legal-obligation',
};

const SYSTEM_ID = /^[A-Za-z0-9][A-Za-z0-9._:@/-]{0,199}$/;

/**
 * The consent ledger as a data system for data-subject requests (DESIGN §3): an access or
 * portability request includes the subject's consent history, and an erasure destroys the
 * subject's key (`ledger.forget`), so identifying details become unrecoverable while the chain
 * still verifies. Erasure is idempotent, so it is declared safe to repeat after a crash.
 *
 * @example
 * ```ts
 * const service = createDsrService({ store, clock, systems: [consentDataSystem({ ledger })] });
 * ```
 */
export function consentDataSystem(options: ConsentDataSystemOptions): ConsentDataSystem {
  if (
    typeof options?.ledger?.history !== 'function' ||
    typeof options.ledger.forget !== 'function'
  ) {
    invalidInput(
      { scope: SCOPE, field: 'options.ledger' },
      'invalid_type',
      'expected a ConsentLedger',
    );
  }
  if (options.id !== undefined && (typeof options.id !== 'string' || !SYSTEM_ID.test(options.id))) {
    invalidInput(
      { scope: SCOPE, field: 'options.id' },
      'invalid_string',
      'expected 1-200 letters, digits or ._:@/-',
    );
  }
  const { ledger } = options;
  const category = options.category ?? CONSENT_HISTORY_CATEGORY;
  return {
    id: options.id ?? 'consent-ledger',
    idempotent: { erase: true },
    async access(subject, context) {
      const events = await ledger.history({ tenant: context.request.tenant, subject });
      return {
        records: { consentHistory: events as unknown as JsonValue },
        categories: [category],
      };
    },
    async erase(subject, context) {
      await ledger.forget({ tenant: context.request.tenant, subject });
    },
  };
}
