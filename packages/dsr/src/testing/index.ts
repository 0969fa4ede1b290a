/**
 * `@pledge/dsr/testing`: the conformance suite every {@link DsrStore} adapter runs.
 *
 * @module @pledge/dsr/testing
 */
export type { DsrStore } from '../dsr-store.js';
export {
  type DsrStoreConformanceOptions,
  describeDsrStoreConformance,
} from './dsr-store-conformance.js';
