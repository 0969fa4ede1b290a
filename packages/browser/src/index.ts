/**
 * `@pledge/browser`: a headless consent client for cookie banners and preference centres. It
 * reads the declared purposes, keeps the subject's choices in IndexedDB (localStorage or memory
 * where that is missing) and delivers them to the `@pledge/http` consent routes with retries,
 * honours Global Privacy Control, drives Google Consent Mode v2 and unblocks scripts tagged by
 * purpose. No UI framework, no dependencies, and no browser global touched at import time.
 *
 * @packageDocumentation
 */

export {
  type BannerReason,
  type Choice,
  type ChoiceOptions,
  type ChoiceSource,
  type ClockLike,
  type ConsentClient,
  type ConsentClientOptions,
  type ConsentClientState,
  createConsentClient,
  type FetchLike,
} from './consent-client.js';
export {
  ConsentClientError,
  type ConsentClientErrorCode,
  type ConsentClientIssue,
} from './consent-client-error.js';
export {
  CONSENT_MODE_TYPES,
  type ConsentConfig,
  type ConsentModeType,
  type PurposeInfo,
} from './consent-config.js';
export type { ConsentModeState, GtagFunction } from './consent-mode.js';
export {
  type ConsentStorage,
  createMemoryStorage,
  createWebStorage,
  type WebStorageLike,
} from './consent-storage.js';
export { type DetectStorageOptions, detectStorage } from './detect-storage.js';
export { detectGlobalPrivacyControl } from './global-privacy-control.js';
export { createIndexedDbStorage, type IndexedDbStorageOptions } from './indexed-db-storage.js';
export {
  BLOCKED_SCRIPT_SELECTOR,
  observeBlockedScripts,
  unblockScripts,
} from './script-blocking.js';
export { createSubjectId } from './subject-id.js';
