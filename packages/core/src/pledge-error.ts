const PLEDGE_ERROR_MARKER = Symbol.for('pledge.error');

/** Constructor options shared by every {@link PledgeError}. */
export interface PledgeErrorOptions {
  /** Stable UPPER_SNAKE code, e.g. `VALIDATION_FAILED`. */
  readonly code: string;
  /** Human-readable message. MUST NOT contain personal data. */
  readonly message: string;
  /** The package that raised the error, e.g. `@pledge/dsr`. */
  readonly scope: string;
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

/**
 * Base class of every error Pledge throws. Errors are for programmer and infrastructure faults
 * (invalid input or configuration, an unavailable store, a concurrency conflict); legal
 * outcomes are decisions, never throws.
 *
 * Recognise one with {@link PledgeError.isInstance} rather than `instanceof`: it checks a
 * `Symbol.for` marker, so two installed copies of `@pledge/core` still recognise each other.
 */
export class PledgeError extends Error {
  /** Stable machine-readable code. */
  readonly code: string;
  /** The package that raised the error. */
  readonly scope: string;

  constructor(options: PledgeErrorOptions) {
    super(`[${options.scope}] ${options.message}`, { cause: options.cause });
    this.name = 'PledgeError';
    this.code = options.code;
    this.scope = options.scope;
    Object.defineProperty(this, PLEDGE_ERROR_MARKER, { value: true });
  }

  /** True when `error` is a {@link PledgeError} from any copy of `@pledge/core`. */
  static isInstance(error: unknown): error is PledgeError {
    return (
      typeof error === 'object' &&
      error !== null &&
      (error as Record<symbol, unknown>)[PLEDGE_ERROR_MARKER] === true
    );
  }
}
