import { addDuration, type IsoDuration } from './duration.js';
import { type DateInput, parseInstant } from './time-zone.js';
import { invalidInput } from './validate.js';

/**
 * The source of "now". Engines never read the system time inside a decision; they take `at`
 * or a clock, so any decision can be replayed for another instant.
 */
export interface Clock {
  /** The current instant. Each call returns a new `Date`. */
  now(): Date;
}

/** The real time of the host. */
export const systemClock: Clock = Object.freeze({ now: () => new Date() });

/** A clock that only moves when told to, for tests and what-if runs. */
export interface SimulatedClock extends Clock {
  /** Jumps to `at` (forwards or backwards). */
  set(at: DateInput): void;
  /** Moves forward by an ISO 8601 duration (`P1D`, `PT15M`) or a number of milliseconds. */
  advance(by: string | IsoDuration | number): void;
}

/**
 * A {@link SimulatedClock} starting at `start`.
 *
 * @example
 * ```ts
 * const clock = createSimulatedClock('2026-03-01T09:00:00Z');
 * clock.advance('P1M');
 * clock.now().toISOString(); // '2026-04-01T09:00:00.000Z'
 * ```
 */
export function createSimulatedClock(start: DateInput): SimulatedClock {
  let current = parseInstant(start, 'start').getTime();
  return {
    now: () => new Date(current),
    set(at) {
      current = parseInstant(at, 'at').getTime();
    },
    advance(by) {
      if (typeof by === 'number') {
        if (!Number.isFinite(by) || by < 0) {
          invalidInput(
            { scope: '@pledge/core', field: 'by' },
            'invalid_duration',
            'expected a non-negative number of milliseconds',
          );
        }
        current += by;
        return;
      }
      current = addDuration(new Date(current), by).getTime();
    },
  };
}
