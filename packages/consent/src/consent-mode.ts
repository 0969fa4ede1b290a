import { invalidInput } from '@pledge/core';
import type { ConsentDecision } from './consent-decision.js';
import { CONSENT_MODE_TYPES, type ConsentModeType, type PurposeDefinition } from './purpose.js';

/** Google Consent Mode v2 state: each consent type `granted` or `denied`. */
export type ConsentModeState = Readonly<Record<ConsentModeType, 'granted' | 'denied'>>;

/**
 * Maps purpose decisions to Google Consent Mode v2 (`gtag('consent', 'update', state)`). A
 * type is `granted` only when at least one declared purpose maps to it and every purpose that
 * maps to it is allowed; a type no purpose maps to is `denied` (failing closed; map
 * `security_storage` to an essential purpose to grant it).
 *
 * @example
 * ```ts
 * const state = toConsentMode(purposes, decisions);
 * // gtag('consent', 'update', state);
 * ```
 */
export function toConsentMode(
  purposes: readonly PurposeDefinition[],
  decisions: Readonly<Record<string, ConsentDecision>>,
): ConsentModeState {
  if (!Array.isArray(purposes)) {
    invalidInput(
      { scope: '@pledge/consent', field: 'purposes' },
      'invalid_type',
      'expected an array of purpose definitions',
    );
  }
  purposes.forEach((purpose: unknown, index) => {
    const { id, consentMode } = (purpose ?? {}) as { id?: unknown; consentMode?: unknown };
    if (typeof id !== 'string' || (consentMode !== undefined && !Array.isArray(consentMode))) {
      invalidInput(
        { scope: '@pledge/consent', field: 'purposes' },
        'invalid_type',
        'expected a purpose definition with an id and optional consentMode types',
        [index],
      );
    }
  });
  if (typeof decisions !== 'object' || decisions === null) {
    invalidInput(
      { scope: '@pledge/consent', field: 'decisions' },
      'invalid_type',
      'expected decisions by purpose',
    );
  }
  const state = {} as Record<ConsentModeType, 'granted' | 'denied'>;
  for (const type of CONSENT_MODE_TYPES) {
    const mapped = purposes.filter((purpose) => purpose.consentMode?.includes(type));
    const granted =
      mapped.length > 0 && mapped.every((purpose) => decisions[purpose.id]?.outcome === 'allow');
    state[type] = granted ? 'granted' : 'denied';
  }
  return state;
}
