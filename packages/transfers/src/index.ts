/**
 * `@pledge/transfers`: where personal data may go, on what basis, since when.
 *
 * - {@link assessTransfer}: one flow on one day → `allow | requires-safeguard | deny | unknown`,
 *   the basis, obligations and cited reasons (EU/EEA, UK, Swiss, Russian, Chinese, Indian rules).
 * - {@link regionToCountry}: AWS, Google Cloud and Azure regions → ISO country.
 * - {@link assessTransferMap} and {@link transferMapToMarkdown}: a host's whole data map, with
 *   residency rules.
 * - {@link diffRules}: what a new decision or an invalidation did between two dates.
 *
 * Decisions cite each table row by law, article and confidence, and name it by id
 * (`params.rule`). The table with its source URLs and notes, for display, evidence and audit,
 * is the separate entry `@pledge/transfers/sources`, so a browser bundle does not carry it.
 *
 * @module @pledge/transfers
 */
export {
  assessTransfer,
  type TransferDecision,
  type TransferObligation,
  type TransferOutcome,
  type TransferReasonCode,
} from './assess-transfer.js';
export {
  type CloudRegion,
  cloudRegion,
  listCloudRegions,
  regionToCountry,
} from './cloud-region.js';
export {
  diffRules,
  type FlowChange,
  type RuleChange,
  type RuleDiff,
} from './diff-rules.js';
export type { CloudProvider } from './rules/cloud-regions.js';
export type {
  ExporterRegime,
  TransferBasis,
  TransferRuleRow,
  UsFramework,
} from './rules/transfer-rule.js';
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
export type {
  Derogation,
  FlowFacts,
  PlainSafeguard,
  Safeguard,
  SccModule,
  TransferInput,
  TransferLocation,
  TransferRecipient,
  TransferRole,
  TransferVolume,
} from './transfer-request.js';
