/**
 * `@pledge/retention/testing`: the conformance suite for {@link RetentionEvidenceStore}
 * adapters. Needs vitest (an optional peer dependency).
 *
 * @module @pledge/retention/testing
 */
export type { RetentionEvidenceStore } from '../retention-evidence-store.js';
export {
  describeRetentionEvidenceStoreConformance,
  type RetentionEvidenceStoreConformanceOptions,
} from './retention-evidence-store-conformance.js';
