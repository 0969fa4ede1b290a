import { ConsentClientError, invalid } from './consent-client-error.js';
import {
  CONSENT_MODE_TYPES,
  type ConsentConfig,
  type PurposeInfo,
  parseConsentConfig,
} from './consent-config.js';
import {
  type ConsentModeState,
  type GtagFunction,
  resolveGtag,
  toConsentModeState,
} from './consent-mode.js';
import type { ConsentStorage } from './consent-storage.js';
import { detectStorage } from './detect-storage.js';
import { detectGlobalPrivacyControl } from './global-privacy-control.js';
import { observeBlockedScripts, unblockScripts } from './script-blocking.js';
import { createSubjectId, randomToken } from './subject-id.js';

/** A subject's choice for one purpose. */
export type Choice = 'granted' | 'denied';

/** Where a choice was made, as the server records it. */
export type ChoiceSource = 'banner' | 'preference-centre' | 'api';

/** Why the banner must be shown. */
export type BannerReason =
  /** Nothing was chosen in this browser yet. */
  | 'NO_RECORDED_CHOICE'
  /** The choice was made under another policy version, so it is asked again. */
  | 'POLICY_VERSION_CHANGED'
  /** Purposes were declared after the choice was made. */
  | 'PURPOSES_ADDED';

/** The source of "now" (structurally @pledge/core's `Clock`). */
export interface ClockLike {
  /** The current instant. */
  now(): Date;
}

/** The `fetch` the client calls; the global one by default. */
export type FetchLike = (
  url: string,
  init: RequestInit,
) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;

/** Options of {@link createConsentClient}. */
export interface ConsentClientOptions {
  /**
   * Where the consent routes are mounted (`/api` in the example server): the client reads
   * `GET {endpoint}/consent/config` and posts choices to `{endpoint}/consent`. Without it the
   * client records choices in this browser only and `config` is required.
   */
  readonly endpoint?: string;
  /** The declared purposes and policy version; fetched from the endpoint when absent. */
  readonly config?: ConsentConfig;
  /** The subject's pseudonymous id; default a random one kept in storage. */
  readonly subject?: string;
  /** Jurisdiction sent with each choice (ISO 3166 code, e.g. `DE`, `US-CA`). */
  readonly jurisdiction?: string;
  /**
   * Default for non-essential purposes with legal basis `consent` before a choice: `opt-in`
   * (denied; GDPR Art. 6(1)(a), ePrivacy Art. 5(3)) or `opt-out` (granted; US state laws).
   * Default `opt-in`. Under Global Privacy Control, sale and sharing purposes default to denied
   * either way.
   */
  readonly model?: 'opt-in' | 'opt-out';
  /** Global Privacy Control; default `navigator.globalPrivacyControl`. */
  readonly gpc?: boolean;
  /** The `fetch` to call; default `globalThis.fetch`. */
  readonly fetch?: FetchLike;
  /** Where to keep choices; default {@link detectStorage} (IndexedDB, localStorage, memory). */
  readonly storage?: ConsentStorage;
  /** Storage key; default `pledge-consent`. */
  readonly storageKey?: string;
  /** The clock stamping choices; default the system clock. */
  readonly clock?: ClockLike;
  /**
   * Google Consent Mode v2: `false` to leave it alone, or the `gtag` to call and how long tags
   * wait for the update (`wait_for_update`, default 500 ms). By default the client calls
   * `window.gtag` or queues on `window.dataLayer`, and does nothing without a `window`.
   */
  readonly consentMode?: false | { readonly gtag?: GtagFunction; readonly waitForUpdate?: number };
  /**
   * Script blocking: `false` to leave scripts alone, or the root to scan (default `document`)
   * and whether to watch for scripts added later (default `true`). Nothing without a DOM.
   */
  readonly scripts?: false | { readonly root?: ParentNode & Node; readonly observe?: boolean };
}

/** A snapshot of the client for rendering; a new object after every change. */
export interface ConsentClientState {
  /** `idle` before `start()`, `ready` once choices can be shown and made, `error` if not. */
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  /** `server` where there is no DOM: storage and delivery work, scripts and gtag are skipped. */
  readonly mode: 'browser' | 'server';
  /** The subject's pseudonymous id, once loaded. */
  readonly subject?: string;
  /** The declared purposes and policy version, once loaded. */
  readonly config?: ConsentConfig;
  /** The effective choice per declared purpose: recorded, else the default. */
  readonly choices: Readonly<Record<string, Choice>>;
  /** A choice was recorded in this browser under the current policy version. */
  readonly recorded: boolean;
  /** When that choice was recorded (ISO 8601). */
  readonly recordedAt?: string;
  /** The banner must be shown; `bannerReason` says why. */
  readonly bannerRequired: boolean;
  /** Why the banner must be shown. */
  readonly bannerReason?: BannerReason;
  /** The browser sends Global Privacy Control. */
  readonly gpc: boolean;
  /** The Google Consent Mode v2 state of the effective choices. */
  readonly consentMode: ConsentModeState;
  /** Choices stored locally but not yet accepted by the server. */
  readonly pending: number;
  /** The storage backend in use (`indexeddb`, `localstorage`, `memory`, …). */
  readonly storage: string;
  /** The last error: config unavailable, storage failure, a choice the server refused. */
  readonly error?: ConsentClientError;
}

/** Options of a recorded choice. */
export interface ChoiceOptions {
  /** Where the choice was made; default `banner` (`preference-centre` for `withdraw`). */
  readonly source?: ChoiceSource;
}

/** A headless consent client: state for any UI, and the actions a banner needs. */
export interface ConsentClient {
  /**
   * Loads the stored choice and the config, issues the Consent Mode default, unblocks granted
   * scripts and delivers queued choices. Idempotent. Resolves with the state, whose `status`
   * is `error` (with `error.code` `CONFIG_UNAVAILABLE` or `CONFIG_INVALID`) when no config
   * could be had; it does not reject.
   */
  start(): Promise<ConsentClientState>;
  /** The current state (the same object until something changes). */
  getState(): ConsentClientState;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (state: ConsentClientState) => void): () => void;
  /** True when `purpose` is declared and its effective choice is `granted`. */
  isGranted(purpose: string): boolean;
  /**
   * Records choices for some or all purposes (others keep their effective choice): stores them,
   * updates Consent Mode and scripts, and queues them for the server. Resolves once stored
   * locally; `flush()` waits for delivery.
   */
  record(
    choices: Readonly<Record<string, Choice>>,
    options?: ChoiceOptions,
  ): Promise<ConsentClientState>;
  /** Grants every non-essential purpose, except sale and sharing under Global Privacy Control. */
  acceptAll(options?: ChoiceOptions): Promise<ConsentClientState>;
  /** Denies every non-essential purpose. */
  rejectAll(options?: ChoiceOptions): Promise<ConsentClientState>;
  /** Withdraws consent for `purposes` (GDPR Art. 7(3)), through the withdraw route. */
  withdraw(purposes: readonly string[], options?: ChoiceOptions): Promise<ConsentClientState>;
  /**
   * Sends queued choices now, in order; resolves with how many are still pending. A network
   * failure or a 408/409/425/429/5xx answer keeps the choice and retries with backoff (and when
   * the browser comes back online); another 4xx drops it and reports `SERVER_REJECTED`.
   */
  flush(): Promise<number>;
  /** Unblocks granted scripts under `root` (default the configured root) now. */
  rescan(root?: ParentNode): number;
  /** Stops watching scripts, retry timers and listeners. */
  destroy(): void;
}

/** One choice waiting for the server. `key` is sent as `Idempotency-Key` on every attempt. */
interface Delivery {
  readonly key: string;
  readonly path: '/consent' | '/consent/withdraw';
  readonly body: Record<string, unknown>;
  readonly gpc: boolean;
}

/** What the client keeps in storage under one key. */
interface StoredConsent {
  subject?: string;
  policyVersion?: string;
  choices?: Record<string, Choice>;
  recordedAt?: string;
  config?: ConsentConfig;
  outbox: Delivery[];
}

// 408 Request Timeout, 409 Conflict, 425 Too Early, 429 Too Many Requests: worth retrying.
const RETRY_STATUS = [408, 409, 425, 429];
const SOURCES = ['banner', 'preference-centre', 'api'];

function readStored(text: string | undefined): StoredConsent {
  try {
    const value = text ? JSON.parse(text) : undefined;
    if (typeof value === 'object' && value && Array.isArray(value.outbox)) return value;
  } catch {
    // Unreadable (edited by hand, another version): start afresh.
  }
  return { outbox: [] };
}

function checkOptions(options: ConsentClientOptions): void {
  if (typeof options !== 'object' || options === null) invalid('options', 'expected an object');
  const { endpoint, config, consentMode, scripts } = options;
  if (endpoint !== undefined && typeof endpoint !== 'string') {
    invalid('options.endpoint', 'expected a URL string');
  }
  if (endpoint === undefined && config === undefined) {
    invalid('options.config', 'expected a config when there is no endpoint');
  }
  for (const name of ['subject', 'jurisdiction', 'storageKey'] as const) {
    const value = options[name];
    if (value !== undefined && (typeof value !== 'string' || value === '' || value.length > 200)) {
      invalid(`options.${name}`, 'expected a non-empty string of at most 200 characters');
    }
  }
  if (options.model !== undefined && options.model !== 'opt-in' && options.model !== 'opt-out') {
    invalid('options.model', 'expected opt-in | opt-out');
  }
  if (options.gpc !== undefined && typeof options.gpc !== 'boolean') {
    invalid('options.gpc', 'expected a boolean');
  }
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    invalid('options.fetch', 'expected a function');
  }
  if (options.storage !== undefined && typeof options.storage?.set !== 'function') {
    invalid('options.storage', 'expected a ConsentStorage');
  }
  if (options.clock !== undefined && typeof options.clock?.now !== 'function') {
    invalid('options.clock', 'expected a clock with now()');
  }
  if (consentMode) {
    const wait = consentMode.waitForUpdate;
    if (wait !== undefined && !(Number.isInteger(wait) && wait >= 0)) {
      invalid('options.consentMode.waitForUpdate', 'expected a non-negative integer');
    }
    if (consentMode.gtag !== undefined && typeof consentMode.gtag !== 'function') {
      invalid('options.consentMode.gtag', 'expected a function');
    }
  }
  if (
    scripts &&
    scripts.root !== undefined &&
    typeof scripts.root?.querySelectorAll !== 'function'
  ) {
    invalid('options.scripts.root', 'expected a DOM node');
  }
}

/**
 * A headless consent client for a banner or preference centre. It does no I/O until
 * `start()`, and touches no browser global before it is called, so it is safe to import
 * and create during server rendering.
 *
 * @example
 * ```ts
 * const consent = createConsentClient({ endpoint: '/api' });
 * consent.subscribe((state) => {
 *   banner.hidden = !state.bannerRequired;
 * });
 * await consent.start();
 * acceptButton.onclick = () => consent.acceptAll();
 * ```
 */
export function createConsentClient(options: ConsentClientOptions): ConsentClient {
  checkOptions(options);
  const config0 = options.config && parseConsentConfig(options.config, 'options.config');
  const endpoint = options.endpoint?.replace(/\/+$/, '');
  const send = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const storage = options.storage ?? detectStorage();
  const key = options.storageKey ?? 'pledge-consent';
  const clock = options.clock ?? { now: () => new Date() };
  const model = options.model ?? 'opt-in';
  const gtagOptions = options.consentMode === false ? undefined : (options.consentMode ?? {});
  const scriptOptions = options.scripts === false ? undefined : (options.scripts ?? {});
  const mode = typeof document === 'undefined' ? 'server' : 'browser';

  const listeners = new Set<(state: ConsentClientState) => void>();
  const delivered = new Set<string>();
  let stored: StoredConsent = { outbox: [] };
  let config = config0;
  let gpc = false;
  let error: ConsentClientError | undefined;
  let status: ConsentClientState['status'] = 'idle';
  let gtag: GtagFunction | undefined;
  let root: (ParentNode & Node) | undefined;
  let started: Promise<ConsentClientState> | undefined;
  let flushing: Promise<number> | undefined;
  let writing: Promise<void> = Promise.resolve();
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopObserving: (() => void) | undefined;
  let destroyed = false;

  const choosable = () => (config?.purposes ?? []).filter((purpose) => !purpose.essential);
  const current = () =>
    stored.choices !== undefined && stored.policyVersion === config?.policyVersion;
  const effective = (purpose: PurposeInfo): Choice => {
    const chosen = current() ? stored.choices?.[purpose.id] : undefined;
    if (purpose.essential) return 'granted';
    if (chosen) return chosen;
    if (gpc && purpose.saleOrSharing) return 'denied';
    return model === 'opt-out' || purpose.legalBasis !== 'consent' ? 'granted' : 'denied';
  };

  const compute = (): ConsentClientState => {
    const purposes = config?.purposes ?? [];
    const choices: Record<string, Choice> = {};
    for (const purpose of purposes) choices[purpose.id] = effective(purpose);
    const bannerReason: BannerReason | undefined =
      !config || choosable().length === 0
        ? undefined
        : !stored.choices
          ? 'NO_RECORDED_CHOICE'
          : stored.policyVersion !== config.policyVersion
            ? 'POLICY_VERSION_CHANGED'
            : choosable().some((purpose) => !stored.choices?.[purpose.id])
              ? 'PURPOSES_ADDED'
              : undefined;
    return {
      status,
      mode,
      ...(stored.subject === undefined ? {} : { subject: stored.subject }),
      ...(config === undefined ? {} : { config }),
      choices,
      recorded: current(),
      ...(current() && stored.recordedAt ? { recordedAt: stored.recordedAt } : {}),
      bannerRequired: bannerReason !== undefined,
      ...(bannerReason === undefined ? {} : { bannerReason }),
      gpc,
      consentMode: toConsentModeState(purposes, (purpose) => choices[purpose.id] === 'granted'),
      pending: stored.outbox.length,
      storage: storage.kind,
      ...(error === undefined ? {} : { error }),
    };
  };
  let state = compute();
  const update = () => {
    state = compute();
    for (const listener of listeners) listener(state);
  };
  const isGranted = (purpose: string) => state.choices[purpose] === 'granted';
  const applyScripts = () => {
    if (root) unblockScripts(root, isGranted);
  };
  const fail = (code: ConsentClientError['code'], message: string, cause?: unknown) => {
    error = new ConsentClientError(code, message, [], cause);
  };

  // Writes are serialised, and merge with what another tab may have written since: its newer
  // choice wins, and both tabs' undelivered choices are kept (delivery is idempotent by key).
  const persist = () => {
    writing = writing.then(async () => {
      try {
        const other = readStored(await storage.get(key));
        if ((other.recordedAt ?? '') > (stored.recordedAt ?? '')) {
          const { subject: _subject, config: _config, outbox: _outbox, ...choice } = other;
          Object.assign(stored, choice);
        }
        const keys = new Set(stored.outbox.map((item) => item.key));
        stored.outbox.push(
          ...other.outbox.filter((item) => !keys.has(item.key) && !delivered.has(item.key)),
        );
        await storage.set(key, JSON.stringify(stored));
      } catch (cause) {
        fail('STORAGE_FAILED', 'could not store the choice; it is kept for this page only', cause);
      }
    });
    return writing;
  };

  const schedule = () => {
    clearTimeout(timer);
    // 1 s, 2 s, 4 s, … up to 5 minutes between attempts.
    timer = setTimeout(() => void flush(), Math.min(1000 * 2 ** attempt++, 300_000));
  };

  const flush = (): Promise<number> => {
    if (!endpoint || destroyed) return Promise.resolve(stored.outbox.length);
    flushing ??= (async () => {
      for (let item = stored.outbox[0]; item && !destroyed; item = stored.outbox[0]) {
        let code = 0;
        try {
          const response = await send(endpoint + item.path, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'idempotency-key': item.key,
              // A forbidden header name for page scripts: browsers drop it and send their own
              // when GPC is on. Set for runtimes that do not (Node, workers, tests).
              ...(item.gpc ? { 'sec-gpc': '1' } : {}),
            },
            body: JSON.stringify(item.body),
            keepalive: true,
          });
          code = response.ok ? 200 : response.status;
        } catch {
          // Offline or unreachable: keep it.
        }
        if (code === 0 || code >= 500 || RETRY_STATUS.includes(code)) {
          schedule();
          break;
        }
        attempt = 0;
        delivered.add(item.key);
        stored.outbox = stored.outbox.filter((queued) => queued !== item);
        if (code !== 200) {
          fail('SERVER_REJECTED', `the server refused a choice (HTTP ${code})`);
        }
        await persist();
        update();
      }
      return stored.outbox.length;
    })().finally(() => {
      flushing = undefined;
    });
    return flushing;
  };
  const online = () => void flush();

  const loadConfig = async (): Promise<void> => {
    if (config) return;
    let body: unknown;
    try {
      const response = await send(`${endpoint}/consent/config`, { method: 'GET' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      body = await response.json();
    } catch (cause) {
      // Offline: the config of the last visit still describes what was chosen.
      config = stored.config;
      if (!config) fail('CONFIG_UNAVAILABLE', 'could not load the consent config', cause);
      return;
    }
    try {
      config = parseConsentConfig(body, 'config');
      stored.config = config;
    } catch (cause) {
      fail('CONFIG_INVALID', 'the server sent an invalid consent config', cause);
    }
  };

  const choose = async (
    changes: Readonly<Record<string, Choice>>,
    path: Delivery['path'],
    source: ChoiceSource,
    field: string,
  ): Promise<ConsentClientState> => {
    if (status !== 'ready' || !config || destroyed) {
      throw new ConsentClientError('NOT_READY', 'call start() and wait for it first');
    }
    if (!SOURCES.includes(source)) invalid('options.source', `expected ${SOURCES.join(' | ')}`);
    const choices: Record<string, Choice> = {};
    for (const purpose of choosable()) choices[purpose.id] = effective(purpose);
    for (const [id, choice] of Object.entries(changes)) {
      const purpose = config.purposes.find((declared) => declared.id === id);
      if (!purpose || (purpose.essential && choice !== 'granted')) {
        invalid(
          `${field}.${id}`,
          purpose ? 'an essential purpose is always granted' : 'not a declared purpose',
          purpose ? 'essential_purpose' : 'unknown_purpose',
        );
      }
      if (choice !== 'granted' && choice !== 'denied') {
        invalid(`${field}.${id}`, 'expected granted | denied');
      }
      if (!purpose.essential) choices[id] = choice;
    }
    const { policyVersion } = config;
    Object.assign(stored, { policyVersion, choices, recordedAt: clock.now().toISOString() });
    if (endpoint) {
      const subject = stored.subject;
      const jurisdiction = options.jurisdiction;
      const body = path === '/consent' ? { purposes: choices } : { purposes: Object.keys(changes) };
      stored.outbox.push({
        key: randomToken(),
        path,
        body: {
          subject,
          ...body,
          policyVersion,
          source,
          ...(jurisdiction ? { jurisdiction } : {}),
        },
        gpc,
      });
    }
    error = undefined;
    update();
    gtag?.('consent', 'update', { ...state.consentMode });
    applyScripts();
    await persist();
    update();
    void flush();
    return state;
  };

  const everything = (choice: (purpose: PurposeInfo) => Choice) =>
    Object.fromEntries(choosable().map((purpose) => [purpose.id, choice(purpose)]));
  const sourceOf = (options: ChoiceOptions | undefined, fallback: ChoiceSource) => {
    if (options !== undefined && typeof options !== 'object')
      invalid('options', 'expected an object');
    return options?.source ?? fallback;
  };

  return {
    start() {
      started ??= (async () => {
        status = 'loading';
        gpc = options.gpc ?? detectGlobalPrivacyControl();
        update();
        if (gtagOptions) gtag = resolveGtag(gtagOptions.gtag);
        // Before any await, so it precedes tags loaded after this call (Consent Mode requires
        // the default first). Computed from defaults: all denied unless the config is known.
        gtag?.('consent', 'default', {
          ...(config
            ? state.consentMode
            : Object.fromEntries(CONSENT_MODE_TYPES.map((type) => [type, 'denied']))),
          wait_for_update: gtagOptions?.waitForUpdate ?? 500,
        });
        try {
          stored = readStored(await storage.get(key));
        } catch (cause) {
          fail('STORAGE_FAILED', 'could not read the stored choice', cause);
        }
        stored.subject = options.subject ?? stored.subject ?? createSubjectId();
        await loadConfig();
        status = config ? 'ready' : 'error';
        if (!config) {
          update();
          return state;
        }
        await persist();
        update();
        if (state.recorded || Object.values(state.consentMode).includes('granted')) {
          gtag?.('consent', 'update', { ...state.consentMode });
        }
        if (scriptOptions && mode === 'browser' && !destroyed) {
          root = scriptOptions.root ?? document;
          applyScripts();
          if (scriptOptions.observe !== false && typeof MutationObserver === 'function') {
            stopObserving = observeBlockedScripts(root, isGranted);
          }
        }
        globalThis.addEventListener?.('online', online);
        void flush();
        return state;
      })();
      return started;
    },
    getState: () => state,
    subscribe(listener) {
      if (typeof listener !== 'function') invalid('listener', 'expected a function');
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isGranted,
    async record(choices, choiceOptions) {
      const source = sourceOf(choiceOptions, 'banner');
      if (typeof choices !== 'object' || choices === null) invalid('choices', 'expected an object');
      return choose(choices, '/consent', source, 'choices');
    },
    async acceptAll(choiceOptions) {
      const source = sourceOf(choiceOptions, 'banner');
      return choose(
        everything((purpose) => (gpc && purpose.saleOrSharing ? 'denied' : 'granted')),
        '/consent',
        source,
        'choices',
      );
    },
    async rejectAll(choiceOptions) {
      return choose(
        everything(() => 'denied'),
        '/consent',
        sourceOf(choiceOptions, 'banner'),
        'choices',
      );
    },
    async withdraw(purposes, choiceOptions) {
      const source = sourceOf(choiceOptions, 'preference-centre');
      if (!Array.isArray(purposes) || purposes.length === 0) {
        invalid('purposes', 'expected a non-empty array of purpose ids');
      }
      purposes.forEach((id, index) => {
        if (!choosable().some((purpose) => purpose.id === id)) {
          invalid(
            `purposes[${index}]`,
            'expected a declared, non-essential purpose',
            'unknown_purpose',
          );
        }
      });
      return choose(
        Object.fromEntries(purposes.map((id) => [id, 'denied'])),
        '/consent/withdraw',
        source,
        'purposes',
      );
    },
    flush,
    rescan(scanRoot) {
      const target = scanRoot ?? root;
      return target ? unblockScripts(target, isGranted) : 0;
    },
    destroy() {
      destroyed = true;
      clearTimeout(timer);
      stopObserving?.();
      globalThis.removeEventListener?.('online', online);
      listeners.clear();
    },
  };
}
