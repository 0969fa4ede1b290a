// The same registry symbols as @pledge/core's PledgeError and ValidationError, so
// `PledgeError.isInstance` and `ValidationError.isInstance` recognise these errors without this
// package shipping @pledge/core (and zod) to the browser.
const PLEDGE_ERROR_MARKER = Symbol.for('pledge.error');
const VALIDATION_ERROR_MARKER = Symbol.for('pledge.error.validation');

/** Stable codes of {@link ConsentClientError}. */
export type ConsentClientErrorCode =
  /** Input to a public function is invalid; `issues` names each field. */
  | 'VALIDATION_FAILED'
  /** The config route could not be reached and no copy was stored from an earlier visit. */
  | 'CONFIG_UNAVAILABLE'
  /** The config route answered with something that is not a consent configuration. */
  | 'CONFIG_INVALID'
  /** The server refused a recorded choice for good (a 4xx other than 408, 409, 425, 429). */
  | 'SERVER_REJECTED'
  /** The local store failed to read or write; choices are kept in memory for this page. */
  | 'STORAGE_FAILED'
  /** A method was called before `start()` resolved, or after `destroy()`. */
  | 'NOT_READY';

/** One problem with an input value, in the shape of @pledge/core's `ValidationIssue`. */
export interface ConsentClientIssue {
  /** Dotted path of the offending field from the argument root, e.g. `options.endpoint`. */
  readonly field: string;
  /** The same path as segments. */
  readonly path: readonly (string | number)[];
  /** Machine-readable issue kind, e.g. `invalid_type`. */
  readonly code: string;
  /** What was expected. Never contains the rejected value. */
  readonly message: string;
}

/**
 * The error `@pledge/browser` throws or reports in {@link ConsentClientState.error}. It carries
 * the markers of @pledge/core's `PledgeError` (and, for `VALIDATION_FAILED`, of its
 * `ValidationError`), so `PledgeError.isInstance(error)` and `ValidationError.isInstance(error)`
 * answer `true` for it from any copy of @pledge/core. Messages never contain personal data.
 */
export class ConsentClientError extends Error {
  /** Stable machine-readable code. */
  readonly code: ConsentClientErrorCode;
  /** Always `@pledge/browser`. */
  readonly scope = '@pledge/browser';
  /** For `VALIDATION_FAILED`, every problem found; otherwise empty. */
  readonly issues: readonly ConsentClientIssue[];

  /**
   * @param code Stable code.
   * @param message What went wrong, without personal data.
   * @param issues The fields at fault, for `VALIDATION_FAILED`.
   * @param cause The underlying error, if any.
   */
  constructor(
    code: ConsentClientErrorCode,
    message: string,
    issues: readonly ConsentClientIssue[] = [],
    cause?: unknown,
  ) {
    super(`[@pledge/browser] ${message}`, { cause });
    this.name = code === 'VALIDATION_FAILED' ? 'ValidationError' : 'PledgeError';
    this.code = code;
    this.issues = issues;
    Object.defineProperty(this, PLEDGE_ERROR_MARKER, { value: true });
    if (code === 'VALIDATION_FAILED') {
      Object.defineProperty(this, VALIDATION_ERROR_MARKER, { value: true });
    }
  }

  /** True when `error` is a {@link ConsentClientError} from any copy of this package. */
  static isInstance(error: unknown): error is ConsentClientError {
    return (
      typeof error === 'object' &&
      error !== null &&
      (error as Record<symbol, unknown>)[PLEDGE_ERROR_MARKER] === true &&
      (error as { scope?: unknown }).scope === '@pledge/browser'
    );
  }
}

/** Throws a `VALIDATION_FAILED` {@link ConsentClientError} naming `field`. */
export function invalid(field: string, message: string, code = 'invalid_type'): never {
  const path = field.split(/\.|\[(\d+)\]/).filter(Boolean);
  throw new ConsentClientError('VALIDATION_FAILED', `${field}: ${message}`, [
    {
      field,
      path: path.map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)),
      code,
      message,
    },
  ]);
}
