/**
 * `@pledge/transfers/map`: a host's whole data map, for records and reviews.
 *
 * - {@link assessTransferMap}: every flow between the map's systems and sub-processors on one
 *   day, with residency rules ("EU workspaces stay in the EEA") and a summary.
 * - {@link transferMapToMarkdown}: the report as a Markdown table for the records of
 *   processing.
 * - {@link diffRules}: which rule rows start or end between two dates, and which flows of a
 *   map change status (what a new adequacy decision or an invalidation did).
 *
 * These are operator tools; a page or edge function that gates single flows needs only
 * `assessTransfer` from the main entry, which is why they are an entry of their own.
 *
 * @module @pledge/transfers/map
 */
export {
  diffRules,
  type FlowChange,
  type RuleChange,
  type RuleDiff,
} from './diff-rules.js';
export {
  type AssessTransferMapOptions,
  assessTransferMap,
  type FlowAssessment,
  type MapFlow,
  type MapSystem,
  type ResidencyArea,
  type ResidencyRule,
  type TransferMap,
  type TransferMapReport,
  type TransferMapSummary,
  transferMapToMarkdown,
} from './transfer-map.js';
