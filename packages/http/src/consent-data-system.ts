import type { ConsentLedger } from '@pledge/consent';
import { invalidInput, type JsonValue } from '@pledge/core';
import type { DataCategoryDescription, DataSystem } from '@pledge/dsr';

const SCOPE = '@pledge/http';

/** Options of {@link consentDataSystem}. */
export interface ConsentDataSystemOptions {
  /** The ledger. The request's tenant is used for every call. */
  readonly ledger: ConsentLedger;
  /** Data system id (default `consent-ledger`). */
  readonly id?: string;
  /** How the consent history is described in exports (default: a description of the ledger). */
  readonly category?: DataCategoryDescription;
}

/** How the consent history is described in an access export unless the host says otherwise. */
export const CONSENT_HISTORY_CATEGORY: DataCategoryDescription = {
  category: 'consent-history',
  source: 'your choices in the consent banner and preference centre, and browser signals',
  purposes: ['demonstrating consent (GDPR Art. 7(1))'],
  recipients: [],
  retention:
    'as long as the consent ledger proves a choice; identifying details are erased on request',
  legalBasis: 'legal-obligation',
};

/**
 * The consent ledger as a `@pledge/dsr` data system (DESIGN §3): an access or portability
 * request includes the subject's consent history (decrypted where the key still exists), and
 * an erasure destroys the subject's key (`ledger.forget`): identifying details become
 * unrecoverable while the chain still verifies. Erasure is idempotent (forgetting twice
 * records nothing new that matters), so it is declared safe to repeat after a crash.
 *
 * @example
 * ```ts
 * const service = createDsrService({ store, clock, systems: [consentDataSystem({ ledger })] });
 * ```
 */
export function consentDataSystem(options: ConsentDataSystemOptions): DataSystem {
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
  if (options.id !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._:@/-]{0,199}$/.test(options.id)) {
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
