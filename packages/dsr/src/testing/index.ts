/**
 * `@pledge/dsr/testing`: the conformance suite every {@link DsrStore} adapter runs.
 *
 * @packageDocumentation
 */
export type { DsrStore } from '../dsr-store.js';
export {
  type DsrStoreConformanceOptions,
  describeDsrStoreConformance,
} from './dsr-store-conformance.js';
