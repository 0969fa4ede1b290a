import type { DataCategoryDescription, JsonValue } from '@pledge/core';
import type { DsrRequest, KeptCategory } from './request.js';

// The category description is shared vocabulary (the consent ledger's data system uses it too),
// so it lives in @pledge/core; re-exported here for hosts that import it with the DSR types.
export type { DataCategoryDescription };

/** What a data system returns for an access or portability request. */
export interface SystemExport {
  /** The subject's records, as JSON (machine-readable, GDPR Art. 20). */
  readonly records: JsonValue;
  /** Descriptions of the categories in `records`. */
  readonly categories: readonly DataCategoryDescription[];
}

/** What a connector call knows about the work it is doing. */
export interface ConnectorContext {
  /** The request being fulfilled. */
  readonly request: DsrRequest;
  /**
   * Stable key for this task. A connector that de-duplicates on it can declare itself
   * idempotent, which lets a rerun after a crash call it again safely.
   */
  readonly idempotencyKey: string;
  /** The instant of the call (from the service clock). */
  readonly at: Date;
}

/**
 * A host data system the service fans work out to (DESIGN §3). Each operation is optional;
 * a system without `erase` is skipped for erasure. Connectors throw on failure; the service
 * records the failure (code only, never the message) and retries.
 *
 * @example
 * ```ts
 * const crm: DataSystem = {
 *   id: 'crm',
 *   recipients: ['mail provider'],
 *   idempotent: { erase: true },
 *   async access(subject) { return { records: await crmExport(subject), categories } },
 *   async erase(subject, { keep }) { await crmDelete(subject, keep) },
 * };
 * ```
 */
export interface DataSystem {
  /** Unique id of the system. */
  readonly id: string;
  /** Recipients this system discloses data to; they are listed for notification after erasure (GDPR Art. 19). */
  readonly recipients?: readonly string[];
  /**
   * Operations that are safe to repeat (the connector de-duplicates on the idempotency key
   * or the operation is naturally idempotent). After a crash between the call and its record,
   * only these are called again; others are reported as `needs-review`. Access is a read and
   * is always repeated.
   */
  readonly idempotent?: {
    /** `erase` is safe to repeat. */
    readonly erase?: boolean;
    /** `restrict` is safe to repeat. */
    readonly restrict?: boolean;
    /** `rectify` is safe to repeat. */
    readonly rectify?: boolean;
  };
  /** Returns the subject's data. */
  access?(subject: string, context: ConnectorContext): Promise<SystemExport>;
  /** Erases the subject's data except the kept categories (which must be restricted instead). */
  erase?(
    subject: string,
    context: ConnectorContext & { readonly keep: readonly KeptCategory[] },
  ): Promise<void>;
  /** Restricts processing of the given categories (all when empty). */
  restrict?(
    subject: string,
    context: ConnectorContext & { readonly categories: readonly string[] },
  ): Promise<void>;
  /** Corrects the subject's data. */
  rectify?(subject: string, patch: JsonValue, context: ConnectorContext): Promise<void>;
}

/**
 * Tells the service what must be kept despite an erasure request and why (GDPR Art. 17(3)),
 * e.g. `@pledge/retention` legal holds and legal-obligation rules. Must be read-only: it is
 * consulted again on every run.
 */
export interface ExemptionSource {
  /** Unique id of the source. */
  readonly id: string;
  /** Categories to keep for `subject` at `at`, each with its basis and citation. */
  exemptionsFor(
    subject: string,
    context: { readonly at: Date; readonly request: DsrRequest },
  ): Promise<readonly KeptCategory[]>;
}
