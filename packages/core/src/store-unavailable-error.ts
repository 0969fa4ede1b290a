import { PledgeError } from './pledge-error.js';

const STORE_UNAVAILABLE_MARKER = Symbol.for('pledge.error.store-unavailable');

/**
 * Thrown when a store cannot be reached or fails mid-operation (connection refused, server gone
 * away, migration missing). The operation did not complete and, for writes, nothing was
 * written: stores make each write atomic. The message never contains connection secrets.
 *
 * @example
 * ```ts
 * throw new StoreUnavailableError({ scope: '@pledge/postgres', reason: 'connection-failed', cause: error });
 * ```
 */
export class StoreUnavailableError extends PledgeError {
  /** Why: `connection-failed`, `connection-lost`, `migration-missing`, or another short code. */
  readonly reason: string;

  constructor(options: {
    readonly scope: string;
    readonly reason: string;
    readonly message?: string;
    readonly cause?: unknown;
  }) {
    super({
      code: 'STORE_UNAVAILABLE',
      scope: options.scope,
      message: options.message ?? `store unavailable (${options.reason})`,
      cause: options.cause,
    });
    this.name = 'StoreUnavailableError';
    this.reason = options.reason;
    Object.defineProperty(this, STORE_UNAVAILABLE_MARKER, { value: true });
  }

  /** True when `error` is a {@link StoreUnavailableError} from any copy of `@pledge/core`. */
  static override isInstance(error: unknown): error is StoreUnavailableError {
    return (
      PledgeError.isInstance(error) &&
      (error as unknown as Record<symbol, unknown>)[STORE_UNAVAILABLE_MARKER] === true
    );
  }
}
