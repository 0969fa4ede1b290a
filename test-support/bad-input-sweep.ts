// The bad-input sweep every package runs over its public entry: each exported function is
// called with invalid input and must throw a ValidationError naming the offending field. A new
// export without a case fails the completeness test, so no public function goes unchecked.
import { ValidationError } from '@pledge/core';
import { describe, expect, it } from 'vitest';

/** An invalid call and the field its ValidationError must name. */
export type BadInputCase = readonly [call: () => unknown, field: string];

/** What {@link describeBadInputSweep} checks. */
export interface BadInputSweepOptions {
  /** The package's public entry (`import * as entry from './index.js'`). */
  readonly entry: Readonly<Record<string, unknown>>;
  /** Invalid calls per exported function name. */
  readonly cases: Readonly<Record<string, readonly BadInputCase[]>>;
  /** Predicates that answer `false` for bad input instead of throwing. */
  readonly predicates?: Readonly<Record<string, () => unknown>>;
  /** Exported functions that take no caller input (factories without arguments). */
  readonly noInput?: readonly string[];
}

/** Registers the sweep as a vitest `describe` block. */
export function describeBadInputSweep(options: BadInputSweepOptions): void {
  describe('every exported function rejects invalid input with a ValidationError naming the field', () => {
    const exported = Object.entries(options.entry)
      .filter(
        ([, value]) =>
          typeof value === 'function' && !/^[A-Z]/.test((value as { name: string }).name),
      )
      .map(([name]) => name)
      .sort();
    const covered = new Set([
      ...Object.keys(options.cases),
      ...Object.keys(options.predicates ?? {}),
      ...(options.noInput ?? []),
    ]);

    it('has a case for each exported function', () => {
      expect(exported.filter((name) => !covered.has(name))).toEqual([]);
    });

    const rows = Object.entries(options.cases).flatMap(([name, calls]) =>
      calls.map(([call, field], index) => [name, index, field, call] as const),
    );
    if (rows.length > 0) {
      it.each(rows)('%s (case %i) names %s', async (_name, _index, field, call) => {
        let thrown: unknown;
        try {
          await call();
        } catch (error) {
          thrown = error;
        }
        expect(ValidationError.isInstance(thrown), String(thrown)).toBe(true);
        expect((thrown as ValidationError).issues.map((issue) => issue.field)).toContain(field);
      });
    }

    const predicates = Object.entries(options.predicates ?? {});
    if (predicates.length > 0) {
      it.each(predicates)('%s answers false for bad input', (_name, call) => {
        expect(call()).toBe(false);
      });
    }
  });
}
