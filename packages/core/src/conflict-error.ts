import { PledgeError } from './pledge-error.js';

const CONFLICT_ERROR_MARKER = Symbol.for('pledge.error.conflict');

/**
 * Thrown when a write lost a race: an optimistic-concurrency check failed (the record's
 * `version` moved on), a chain head changed under an append, or an idempotency key was reused
 * with different content. Nothing was written. The caller may reload and retry.
 *
 * @example
 * ```ts
 * throw new ConflictError({ scope: '@pledge/dsr', resource: 'dsr-request', expected: 3, actual: 4 });
 * ```
 */
export class ConflictError extends PledgeError {
  /** What kind of record conflicted, e.g. `dsr-request`, `consent-chain`. */
  readonly resource: string;
  /** The version (or head) the writer expected, when known. */
  readonly expected?: number | string;
  /** The version (or head) found in the store, when known. */
  readonly actual?: number | string;

  constructor(options: {
    readonly scope: string;
    readonly resource: string;
    readonly expected?: number | string;
    readonly actual?: number | string;
    readonly message?: string;
    readonly cause?: unknown;
  }) {
    super({
      code: 'CONFLICT',
      scope: options.scope,
      message:
        options.message ??
        `${options.resource} changed concurrently` +
          (options.expected !== undefined
            ? ` (expected ${options.expected}, found ${options.actual ?? 'another'})`
            : ''),
      cause: options.cause,
    });
    this.name = 'ConflictError';
    this.resource = options.resource;
    if (options.expected !== undefined) this.expected = options.expected;
    if (options.actual !== undefined) this.actual = options.actual;
    Object.defineProperty(this, CONFLICT_ERROR_MARKER, { value: true });
  }

  /** True when `error` is a {@link ConflictError} from any copy of `@pledge/core`. */
  static override isInstance(error: unknown): error is ConflictError {
    return (
      PledgeError.isInstance(error) &&
      (error as unknown as Record<symbol, unknown>)[CONFLICT_ERROR_MARKER] === true
    );
  }
}
