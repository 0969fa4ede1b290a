/**
 * `@pledge/transfers`: where personal data may go, on what basis, since when.
 *
 * - {@link assessTransfer}: one flow on one day → `allow | requires-safeguard | deny | unknown`,
 *   the basis, obligations and cited reasons (EU/EEA, UK, Swiss, Russian, Chinese, Indian rules).
 * - {@link regionToCountry}: AWS, Google Cloud and Azure regions → ISO country.
 *
 * Decisions cite each table row by law, article and confidence, and name it by id
 * (`params.rule`). Two more entries keep what a browser bundle that gates flows does not need:
 *
 * - `@pledge/transfers/sources`: the table with its source URLs and notes, for display,
 *   evidence and audit.
 * - `@pledge/transfers/map`: `assessTransferMap`, `transferMapToMarkdown` and `diffRules`, the
 *   operator's tools over a whole data map.
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
export type { CloudProvider } from './rules/cloud-regions.js';
export type {
  ExporterRegime,
  TransferBasis,
  TransferRuleRow,
  UsFramework,
} from './rules/transfer-rule.js';
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
