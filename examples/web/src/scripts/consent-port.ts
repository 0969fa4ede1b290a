// The page's consent client (@pledge/browser), started once per page, and the small view of it
// the banner, the preference centre and the rights form use.
import {
  type ChoiceSource,
  type ConsentClient,
  createConsentClient,
  type PurposeInfo,
} from '@pledge/browser';
import { API_BASE } from './api.js';
import { visitorJurisdiction } from './jurisdiction.js';

/** A declared purpose as the server describes it. */
export type Purpose = PurposeInfo;

/** What the consent UI reads and does. */
export interface ConsentPort {
  /** The headless client underneath. */
  readonly client: ConsentClient;
  /** The declared purposes, in display order. */
  readonly purposes: readonly Purpose[];
  /** The visitor's pseudonymous id (also the subject of their privacy requests). */
  readonly subject: string;
  /** The browser sends Global Privacy Control. */
  readonly gpc: boolean;
  /** A choice is recorded for the current policy version, so no banner is needed. */
  readonly decided: boolean;
  /** The effective choice for a purpose. */
  granted(purpose: string): boolean;
  /** Records choices locally and waits until the server has them (or has been tried). */
  save(
    choices: Readonly<Record<string, 'granted' | 'denied'>>,
    source: ChoiceSource,
  ): Promise<void>;
  /** Calls `listener` after every change. */
  onChange(listener: () => void): () => void;
}

/**
 * Starts the consent client against the example server's /api. Resolves to undefined (after a
 * console warning) when the consent configuration cannot be loaded.
 */
export async function startConsent(): Promise<ConsentPort | undefined> {
  const client = createConsentClient({
    endpoint: API_BASE,
    storageKey: 'workpex-consent',
    jurisdiction: visitorJurisdiction(),
  });
  const started = await client.start();
  if (started.status !== 'ready' || !started.config || !started.subject) {
    console.warn('[workpex] consent preferences are unavailable:', started.error?.message);
    return undefined;
  }
  const subject = started.subject;
  return {
    client,
    get purposes() {
      return client.getState().config?.purposes ?? [];
    },
    subject,
    get gpc() {
      return client.getState().gpc;
    },
    get decided() {
      return !client.getState().bannerRequired;
    },
    granted: (purpose) => client.isGranted(purpose),
    async save(choices, source) {
      await client.record(choices, { source });
      await client.flush();
      const error = client.getState().error;
      if (error) throw error;
    },
    onChange(listener) {
      return client.subscribe(() => listener());
    },
  };
}
