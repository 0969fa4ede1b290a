/**
 * `@pledge/testkit`: prove a storage adapter keeps the contract of every Pledge store port.
 *
 * An adapter's test file is a few lines: call the suite with a factory for the store.
 *
 * ```ts vitest
 * import { describeConsentStoreConformance } from '@pledge/testkit';
 * describeConsentStoreConformance({ name: 'my-adapter', createStore: () => createMyStore() });
 * ```
 *
 * - {@link describeConsentStoreConformance}: the consent event store and subject key vault.
 * - {@link describeDsrStoreConformance}: DSR requests, their audit chains, optimistic
 *   concurrency and idempotency keys.
 * - {@link describeRetentionEvidenceStoreConformance}: retention evidence chains.
 * - {@link createSimulatedClock}: time the test moves by hand.
 * - Fixtures: {@link uniqueTenant}, {@link uniqueSchema}, and {@link postgresAvailability},
 *   which decides whether the real-PostgreSQL suites run or skip with a visible notice.
 *
 * Node and vitest only (a peer dependency).
 *
 * @packageDocumentation
 */
// The ports the suites test, so an adapter author finds what to implement in one place.
export type { ConsentStore, SubjectKeyVault } from '@pledge/consent';
export {
  type ConsentStoreConformanceOptions,
  describeConsentStoreConformance,
} from '@pledge/consent/testing';
export { createSimulatedClock, type SimulatedClock } from '@pledge/core';
export type { DsrStore } from '@pledge/dsr';
export {
  type DsrStoreConformanceOptions,
  describeDsrStoreConformance,
} from '@pledge/dsr/testing';
export type { RetentionEvidenceStore } from '@pledge/retention';
export {
  describeRetentionEvidenceStoreConformance,
  type RetentionEvidenceStoreConformanceOptions,
} from '@pledge/retention/testing';
export {
  DEFAULT_PG_URL,
  type PostgresAvailability,
  type PostgresAvailabilityOptions,
  pgTestUrl,
  postgresAvailability,
} from './postgres-availability.js';
export { uniqueSchema, uniqueTenant } from './unique-names.js';
