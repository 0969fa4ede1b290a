import { CONSENT_MODE_TYPES, type ConsentModeType, type PurposeInfo } from './consent-config.js';

/** Google Consent Mode v2 state: each consent type `granted` or `denied`. */
export type ConsentModeState = Readonly<Record<ConsentModeType, 'granted' | 'denied'>>;

/** A `gtag()` function, or anything that takes its arguments. */
export type GtagFunction = (...args: unknown[]) => void;

/**
 * The Consent Mode state for a set of purpose choices, with @pledge/consent's rule: a type is
 * `granted` only when at least one purpose maps to it and every purpose mapping to it is
 * granted; a type no purpose maps to stays `denied` (failing closed).
 */
export function toConsentModeState(
  purposes: readonly PurposeInfo[],
  granted: (purpose: PurposeInfo) => boolean,
): ConsentModeState {
  const state = {} as Record<ConsentModeType, 'granted' | 'denied'>;
  for (const type of CONSENT_MODE_TYPES) {
    const mapped = purposes.filter((purpose) => purpose.consentMode?.includes(type));
    state[type] = mapped.length > 0 && mapped.every(granted) ? 'granted' : 'denied';
  }
  return state;
}

/**
 * The `gtag` to call: `gtag` when given; else, in a page, a bridge that calls `window.gtag` when
 * the host defined one by then, or queues an `arguments` object on `window.dataLayer` (created
 * when missing), the way Google's snippet does, for gtag.js or Tag Manager to read when it
 * loads. Undefined without a `window` (server rendering, workers).
 */
export function resolveGtag(gtag: GtagFunction | undefined): GtagFunction | undefined {
  if (gtag) return gtag;
  const page = globalThis as { window?: unknown; gtag?: unknown; dataLayer?: unknown[] };
  if (!page.window) return undefined;
  return function bridge(...args: unknown[]) {
    if (typeof page.gtag === 'function') return page.gtag(...args);
    page.dataLayer ??= [];
    // gtag.js reads only `arguments` objects from the data layer, not arrays.
    // biome-ignore lint/complexity/noArguments: the data-layer protocol requires them
    page.dataLayer.push(arguments);
  };
}
