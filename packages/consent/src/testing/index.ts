/**
 * `@pledge/consent/testing`: the conformance suite every `ConsentStore` adapter runs.
 * Requires vitest (an optional peer dependency).
 *
 * @module @pledge/consent/testing
 */
export {
  type ConsentStoreConformanceOptions,
  describeConsentStoreConformance,
} from './consent-store-conformance.js';
