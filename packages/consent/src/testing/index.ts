/**
 * `@pledge/consent/testing`: the conformance suite every `ConsentStore` adapter runs.
 * Requires vitest (an optional peer dependency).
 *
 * @packageDocumentation
 */
export {
  type ConsentStoreConformanceOptions,
  describeConsentStoreConformance,
} from './consent-store-conformance.js';
