import { PledgeError } from './pledge-error.js';

const VALIDATION_ERROR_MARKER = Symbol.for('pledge.error.validation');

/** One problem with an input value. */
export interface ValidationIssue {
  /** Dotted path of the offending field from the argument root, e.g. `request.type`. */
  readonly field: string;
  /** The same path as segments. */
  readonly path: readonly (string | number)[];
  /** Machine-readable issue kind (zod's issue code, or a Pledge one such as `unknown_code`). */
  readonly code: string;
  /** What was expected. Never contains the rejected value. */
  readonly message: string;
}

/**
 * Thrown when input to a public entry point is invalid. Nothing has been written when it is
 * thrown. The message names each field and what was expected, and never echoes the value
 * (which may be personal data).
 *
 * @example
 * ```ts
 * try {
 *   parseDuration('14 days');
 * } catch (error) {
 *   if (ValidationError.isInstance(error)) console.log(error.issues[0]?.field); // 'duration'
 * }
 * ```
 */
export class ValidationError extends PledgeError {
  /** Every problem found, in input order. */
  readonly issues: readonly ValidationIssue[];

  constructor(options: {
    readonly scope: string;
    readonly issues: readonly ValidationIssue[];
    readonly cause?: unknown;
  }) {
    const summary = options.issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
    super({
      code: 'VALIDATION_FAILED',
      scope: options.scope,
      message: summary || 'invalid input',
      cause: options.cause,
    });
    this.name = 'ValidationError';
    this.issues = options.issues;
    Object.defineProperty(this, VALIDATION_ERROR_MARKER, { value: true });
  }

  /** True when `error` is a {@link ValidationError} from any copy of `@pledge/core`. */
  static override isInstance(error: unknown): error is ValidationError {
    return (
      PledgeError.isInstance(error) &&
      (error as unknown as Record<symbol, unknown>)[VALIDATION_ERROR_MARKER] === true
    );
  }
}
