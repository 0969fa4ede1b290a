// The fuzz harness every package runs over its public entry points. Each target is called with
// generated hostile input: either its valid seed arguments with one place mutated (a wrong
// type, a huge or poisoned string, an impossible date, a prototype-pollution key, a deleted
// field) or, for targets without a seed, whole argument lists of hostile values. A call may
// return (a decision is a legal outcome, not an error) or throw a typed PledgeError; anything
// else (a TypeError from deep inside, a RangeError, a hang) fails, and so does a rejected
// call that changed the state it writes, a message that echoes a personal-data marker, or a
// polluted Object.prototype. Every exported function without a seeded target gets a shallow
// one, so a new export is fuzzed from the day it is added.
import { PledgeError } from '@pledge/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** One callable the fuzzer feeds. */
export interface FuzzTarget {
  /** Valid arguments; each run mutates one place of a fresh copy. Without it, whole argument lists are generated. */
  readonly seed?: () => readonly unknown[];
  /** The call under test (defaults to the exported function of the same name). */
  readonly call?: (...args: readonly unknown[]) => unknown;
  /** A snapshot of what the call may write, compared before and after a rejected call. */
  readonly state?: () => unknown;
  /**
   * Argument positions the program supplies, not the caller (a field name for error
   * messages, bounds): kept as seeded.
   */
  readonly trusted?: readonly number[];
}

/** What {@link describeFuzz} fuzzes. */
export interface FuzzOptions {
  /** Suite name, e.g. the package. */
  readonly name: string;
  /** The public entry; every exported function gets at least a shallow target. */
  readonly entry?: Readonly<Record<string, unknown>>;
  /** Targets by name: exported functions with seeds, and methods of created objects. */
  readonly targets: Readonly<Record<string, FuzzTarget>>;
  /** Exported functions left out of the shallow sweep, each with the reason. */
  readonly skip?: Readonly<Record<string, string>>;
  /** Generated inputs in all for the suite (default 10,000; `PLEDGE_FUZZ_RUNS` overrides). */
  readonly totalRuns?: number;
}

/** A string a test recognises if it ever comes back in an error message. */
export const PERSONAL_DATA_MARKER = 'jane.marker.doe@example.org';

const POLLUTION_KEY = 'pledgeFuzzPolluted';
const PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Values chosen because they break naive validation. */
function hostileScalar(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(PERSONAL_DATA_MARKER, `${PERSONAL_DATA_MARKER} `, `p-${PERSONAL_DATA_MARKER}`),
    fc.constantFrom<unknown>(
      undefined,
      null,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -0,
      Number.MAX_SAFE_INTEGER + 2,
      -1,
      1.5,
      1n,
      true,
      '',
      ' ',
      '__proto__',
      'constructor',
      'toString',
      "'; DROP TABLE consent_events; --",
      'Robert"); DELETE FROM dsr_requests WHERE ("1"="1',
      '\\x00\u0000',
      '\uD800',
      '2026-02-30',
      '2026-13-01',
      '0000-00-00',
      '9999-99-99T99:99:99Z',
      '2026-01-01T25:00:00Z',
      '-271821-04-19T00:00:00.000Z',
      'P-1D',
      'P1Y2M3W',
      'XX',
      'EU-XX',
      'de',
      'Etc/Nowhere',
      PERSONAL_DATA_MARKER,
      'x'.repeat(100_000),
      '1e400',
      new Date(Number.NaN),
      Symbol('hostile'),
      () => PERSONAL_DATA_MARKER,
      [],
      {},
      Object.create(null),
      JSON.parse(`{"__proto__":{"${POLLUTION_KEY}":true}}`),
      JSON.parse(`{"constructor":{"prototype":{"${POLLUTION_KEY}":true}}}`),
      new Uint8Array(0),
    ),
    fc.string({ maxLength: 40 }),
    fc.integer(),
    fc.double(),
  );
}

/** Any hostile value, including nested structures of hostile values. */
export function hostileValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: hostileScalar() },
    { weight: 1, arbitrary: fc.array(hostileScalar(), { maxLength: 4 }) },
    {
      weight: 1,
      arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), hostileScalar(), { maxKeys: 4 }),
    },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
  );
}

type Path = readonly (string | number)[];

// Frozen objects are handles (a defined policy, a decision): kept by reference and mutated
// only as a whole.
function isPlain(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null || Array.isArray(value);
}

/** Every place of a value that can be mutated (plain objects and arrays, to depth 5). */
function pathsOf(value: unknown, prefix: Path = [], depth = 0): Path[] {
  const paths: Path[] = [prefix];
  if (!isPlain(value) || depth > 5) return paths;
  for (const key of Object.keys(value)) {
    paths.push(
      ...pathsOf(
        (value as Record<string, unknown>)[key],
        [...prefix, Array.isArray(value) ? Number(key) : key],
        depth + 1,
      ),
    );
  }
  return paths;
}

/** Copies plain objects and arrays; keeps everything else (keys, clocks, functions) by reference. */
function copy<T>(value: T): T {
  if (!isPlain(value)) return value;
  if (Array.isArray(value)) return value.map(copy) as T;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) result[key] = copy(item);
  return result as T;
}

type Mutation =
  | { readonly op: 'replace'; readonly value: unknown }
  | { readonly op: 'delete' }
  | { readonly op: 'add'; readonly key: string; readonly value: unknown }
  | { readonly op: 'wrap' };

function mutation(): fc.Arbitrary<Mutation> {
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({ op: fc.constant('replace' as const), value: hostileValue() }),
    },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const) }) },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant('add' as const),
        key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'tenant', 'subject', 'extra'),
        value: hostileValue(),
      }),
    },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('wrap' as const) }) },
  );
}

function applyMutation(args: unknown[], path: Path, change: Mutation): unknown[] {
  const root: Record<string | number, unknown> = args as never;
  const parentPath = path.slice(0, -1);
  const last = path.at(-1);
  let parent: unknown = root;
  for (const key of parentPath) parent = (parent as Record<string | number, unknown>)[key];
  const container = parent as Record<string | number, unknown>;
  if (last === undefined) return args;
  switch (change.op) {
    case 'replace':
      container[last] = change.value;
      break;
    case 'delete':
      // A left-out argument is undefined; the others keep their positions.
      if (container === root) container[last] = undefined;
      else if (Array.isArray(container)) container.splice(Number(last), 1);
      else delete container[last];
      break;
    case 'add': {
      const target = container[last];
      // Arrays from JSON never carry own keys; an own `constructor` on an array only breaks
      // the engine's species lookup, which no caller input can reach.
      if (isPlain(target) && !Array.isArray(target))
        Object.defineProperty(target, change.key, {
          value: change.value,
          enumerable: true,
          configurable: true,
          writable: true,
        });
      else container[last] = change.value;
      break;
    }
    case 'wrap':
      container[last] = [container[last]];
      break;
  }
  return args;
}

function messagesOf(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    parts.push(current.message);
    current = (current as { cause?: unknown }).cause;
  }
  try {
    parts.push(JSON.stringify(error));
  } catch {
    // An error that cannot be serialised still had its messages checked.
  }
  return parts.join('\n');
}

async function settle(run: () => unknown): Promise<{ ok: true } | { ok: false; error: unknown }> {
  try {
    await run();
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
  }
}

function describeFailure(error: unknown): string {
  if (error instanceof Error)
    return `${error.name}: ${error.message.slice(0, 300)}\n${error.stack?.split('\n').slice(1, 6).join('\n') ?? ''}`;
  return String(error);
}

/** Registers one vitest `it` per target; the suite feeds at least `totalRuns` inputs in all. */
export function describeFuzz(options: FuzzOptions): void {
  const targets: Record<string, FuzzTarget> = { ...options.targets };
  for (const [name, value] of Object.entries(options.entry ?? {})) {
    if (typeof value !== 'function' || /^[A-Z]/.test((value as { name: string }).name)) continue;
    if (name in targets || name in (options.skip ?? {})) continue;
    targets[name] = {};
  }
  const names = Object.keys(targets).sort();
  const override = Number(globalThis.process?.env?.PLEDGE_FUZZ_RUNS ?? Number.NaN);
  const total =
    Number.isFinite(override) && override > 0 ? override : (options.totalRuns ?? 10_000);
  const perTarget = Math.max(200, Math.ceil(total / Math.max(1, names.length)));

  describe(`fuzz: ${options.name} (${perTarget} hostile inputs per target, ${perTarget * names.length} in all)`, () => {
    it('fuzzes every exported function', () => {
      const exported = Object.entries(options.entry ?? {})
        .filter(
          ([, value]) =>
            typeof value === 'function' && !/^[A-Z]/.test((value as { name: string }).name),
        )
        .map(([name]) => name);
      expect(
        exported.filter((name) => !(name in targets) && !(name in (options.skip ?? {}))),
      ).toEqual([]);
    });

    it.each(names)(
      '%s: only typed PledgeErrors, no write on rejection, no echo',
      async (name) => {
        const target = targets[name] as FuzzTarget;
        const exported = options.entry?.[name];
        const call =
          target.call ??
          (typeof exported === 'function'
            ? (exported as (...args: readonly unknown[]) => unknown)
            : undefined);
        if (call === undefined) throw new Error(`fuzz target ${name} has no call and no export`);
        await fuzzTarget(name, { ...target, call }, perTarget);
      },
      120_000,
    );
  });
}

/**
 * The fast-check seed for a target. By default a fixed seed per target name, so a CI run is
 * reproducible and never turns red on an input an earlier run did not try; `PLEDGE_FUZZ_SEED`
 * set to a number replays a reported failure, and `random` explores new inputs (nightly).
 */
export function fuzzSeed(name: string): number | undefined {
  const setting = globalThis.process?.env?.PLEDGE_FUZZ_SEED;
  if (setting === 'random') return undefined;
  if (setting !== undefined && setting !== '' && Number.isInteger(Number(setting))) {
    return Number(setting);
  }
  // FNV-1a over the name: stable across runs and machines.
  let hash = 0x811c9dc5;
  for (let index = 0; index < name.length; index++) {
    hash = Math.imul(hash ^ name.charCodeAt(index), 0x01000193);
  }
  return hash | 0;
}

/**
 * Feeds one target `runs` hostile inputs; rejects with the first violation (an untyped
 * error, a write before a rejection, an echoed marker, a polluted prototype).
 */
export async function fuzzTarget(
  name: string,
  target: FuzzTarget & { readonly call: (...args: readonly unknown[]) => unknown },
  runs: number,
): Promise<void> {
  const { call, seed } = target;
  const trusted = new Set(target.trusted ?? []);
  if (seed !== undefined) {
    // A rejected seed would make every mutation a test of the first check only.
    const accepted = await settle(() => call(...copy([...seed()])));
    if (!accepted.ok)
      throw new Error(`${name}: the seed itself is rejected: ${describeFailure(accepted.error)}`);
  }
  const input: fc.Arbitrary<unknown[]> =
    seed === undefined
      ? fc.array(hostileValue(), { maxLength: 3 })
      : fc.tuple(fc.nat(), mutation()).map(([index, change]) => {
          const args = copy([...seed()]);
          const paths = pathsOf(args).filter(
            (path) => path.length > 0 && !trusted.has(path[0] as number),
          );
          const path = paths[index % paths.length];
          return path === undefined ? args : applyMutation(args, path, change);
        });

  const fixedSeed = fuzzSeed(name);
  await fc.assert(
    fc.asyncProperty(input, async (args) => {
      const before = target.state === undefined ? undefined : JSON.stringify(await target.state());
      const outcome = await settle(() => call(...args));
      if (!outcome.ok) {
        if (!PledgeError.isInstance(outcome.error)) {
          throw new Error(`${name} threw an untyped error: ${describeFailure(outcome.error)}`);
        }
        if (messagesOf(outcome.error).includes(PERSONAL_DATA_MARKER)) {
          throw new Error(
            `${name} echoed personal data in an error: ${(outcome.error as Error).message}`,
          );
        }
        if (target.state !== undefined) {
          const after = JSON.stringify(await target.state());
          if (after !== before) throw new Error(`${name} wrote before rejecting its input`);
        }
      }
      const added = Object.getOwnPropertyNames(Object.prototype).filter(
        (key) => !PROTOTYPE_KEYS.has(key),
      );
      if (added.length > 0) {
        for (const key of added) delete (Object.prototype as Record<string, unknown>)[key];
        throw new Error(`${name} polluted Object.prototype with ${added.join(', ')}`);
      }
    }),
    { numRuns: runs, endOnFailure: true, ...(fixedSeed === undefined ? {} : { seed: fixedSeed }) },
  );
}
