/**
 * `@pledge/dsr`: data-subject requests as a pure state machine with lawful deadlines.
 *
 * - {@link transition}: a pure function over an explicit {@link TRANSITION_TABLE}; refusals
 *   are typed values. {@link stateDiagram} draws the same table in Mermaid.
 * - {@link computeDeadline}: due dates derived every time from the request's clock events
 *   (receipt, identity, pauses, extension notice), per regime, from the cited
 *   {@link DEADLINE_RULES}; a stricter host policy binds.
 * - {@link createDsrService}: submit, apply, deadlines, `due` lists, idempotent fulfilment
 *   across {@link DataSystem} connectors with {@link ExemptionSource}s, export packages and a
 *   hash-chained audit trail per request, over a {@link DsrStore} port.
 *
 * @module @pledge/dsr
 */
export type {
  ConnectorContext,
  DataCategoryDescription,
  DataSystem,
  ExemptionSource,
  SystemExport,
} from './data-system.js';
export {
  type ComputeDeadlineOptions,
  computeDeadline,
  type Deadline,
  type DeadlineReasonCode,
  type DueDeadline,
  type ExtensionStatus,
  type NoDeadline,
} from './deadline.js';
export type {
  DsrListFilter,
  DsrStore,
  DsrWrite,
  DsrWriteOptions,
  DsrWriteResult,
  StoredDsrEvent,
} from './dsr-store.js';
export {
  DSR_EVENT_TYPES,
  type DsrEvent,
  type DsrEventType,
  dsrEventSchema,
} from './event.js';
export {
  buildExportPackage,
  EXPORT_FORMAT,
  type ExportPackage,
  type ExportResult,
  type SystemExportEntry,
} from './export-package.js';
export type { FulfilmentReasonCode, FulfilmentReport } from './fulfilment.js';
export { createMemoryDsrStore } from './memory-store.js';
export { DEFAULT_POLICY_CITATION, type DsrPolicy, dsrPolicySchema } from './policy.js';
export {
  CLOSED_STATES,
  type ClockEvent,
  type ClockEventKind,
  DSR_STATES,
  type DsrOutcome,
  type DsrRequest,
  type DsrState,
  dsrRequestSchema,
  type ExemptionBasis,
  isClosedState,
  type KeptCategory,
  type NewRequestInput,
  newRequestInputSchema,
  type ProcessingRestriction,
  REQUEST_TYPES,
  type Remedy,
  type RequestType,
  type RestrictedCategory,
  type TaskOperation,
  type TaskRecord,
  type TaskStatus,
} from './request.js';
export {
  APPEAL_RULES,
  type AppealRule,
  type CountingRule,
  DEADLINE_RULES,
  type DeadlineRule,
  type ExtensionRule,
  type PeriodSpec,
} from './rules/deadlines.js';
export {
  type ApplyCommand,
  type ApplyResult,
  type AuditVerification,
  createDsrService,
  type DsrService,
  type DsrServiceOptions,
  type DueEntry,
  type RequestRef,
} from './service.js';
export { stateDiagram } from './state-diagram.js';
export {
  type AuditedEvent,
  type DsrAuditBody,
  type OpenRequestInput,
  openRequest,
  type TransitionOptions,
  type TransitionReasonCode,
  type TransitionRejection,
  type TransitionRejectionCode,
  type TransitionResult,
  transition,
} from './transition.js';
export {
  TRANSITION_TABLE,
  type TransitionRow,
  type TransitionTable,
  type TransitionTarget,
} from './transition-table.js';
