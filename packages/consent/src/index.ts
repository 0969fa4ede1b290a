/**
 * `@pledge/consent`: a consent ledger that can prove every choice.
 *
 * - {@link createConsentLedger}: record, withdraw, check (for any instant), history, receipts,
 *   erasure by key destruction, tamper-evident verification and signed checkpoints.
 * - Purposes with GDPR Art. 6(1) legal bases, policy versions with re-consent on material
 *   change, Global Privacy Control and Do Not Track, guardian consent, Google Consent Mode v2.
 * - The {@link ConsentStore} and {@link SubjectKeyVault} ports with in-memory adapters; the
 *   conformance suite for other adapters is in `@pledge/consent/testing`.
 *
 * @module @pledge/consent
 */
export {
  CONSENT_HISTORY_CATEGORY,
  type ConsentConnectorContext,
  type ConsentDataSystem,
  type ConsentDataSystemOptions,
  type ConsentHistoryCategory,
  consentDataSystem,
} from './consent-data-system.js';
export {
  type ConsentDecision,
  type ConsentOutcome,
  type ConsentReasonCode,
  GDPR_CITATIONS,
} from './consent-decision.js';
export {
  ACTOR_TYPES,
  type ActorType,
  type ChoiceEventBody,
  CONSENT_SOURCES,
  type ConsentEventBody,
  type ConsentSource,
  type ConsentState,
  type GuardianRequirementEventBody,
  type SignalEventBody,
  type SubjectForgottenEventBody,
} from './consent-event.js';
export { type ConsentModeState, toConsentMode } from './consent-mode.js';
export type {
  ConsentAppend,
  ConsentAppendOptions,
  ConsentStore,
  StoredConsentEvent,
  SubjectKeyVault,
} from './consent-store.js';
export {
  type ConsentCheckpoint,
  type ConsentHistoryEntry,
  type ConsentLedger,
  type ConsentLedgerOptions,
  type ConsentVerification,
  createConsentLedger,
  type PendingReconsent,
  type RecordedEvent,
} from './ledger.js';
export type {
  ActorInput,
  CheckConsentInput,
  RecordConsentInput,
  RecordSignalInput,
  RequireGuardianInput,
  SubjectInput,
  WithdrawConsentInput,
} from './ledger-input.js';
export { createMemoryConsentStore, createMemorySubjectKeyVault } from './memory-store.js';
export { type ConsentPolicy, consentPolicySchema, type PolicyVersion } from './policy.js';
export {
  CONSENT_MODE_TYPES,
  type ConsentModeType,
  LEGAL_BASES,
  type LegalBasis,
  type PurposeDefinition,
  purposeDefinitionSchema,
} from './purpose.js';
export type { ConsentReceipt, ControllerInfo } from './receipt.js';
export {
  CONSENT_MODEL_ROWS,
  type ConsentModel,
  type ConsentModelRow,
} from './rules/consent-models.js';
export { OPT_OUT_SIGNAL_ROWS, type OptOutSignalRow } from './rules/opt-out-signals.js';
