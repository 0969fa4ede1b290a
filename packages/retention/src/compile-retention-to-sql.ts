import { type DateInput, fromEpochDay, invalidInput, startOfDay } from '@pledge/core';
import { endOfYearEpochDay, epochDayOf, shiftEpochDay } from './epoch-day.js';
import { dayOfInstant, readAt } from './evaluate-retention.js';
import { type CompiledHold, isHoldActive, type LegalHold } from './legal-hold.js';
import {
  type CompiledPolicy,
  type CompiledRule,
  compiledPolicyOf,
  compileExtraHolds,
  type RetentionPolicy,
} from './retention-policy.js';
import type { RetentionAction } from './retention-rule.js';

const SCOPE = '@pledge/retention';
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
const FIRST_DAY = epochDayOf(1, 1, 1);
const LAST_DAY = epochDayOf(9999, 12, 30);

/**
 * Where the records live in PostgreSQL. Identifiers must be plain SQL names
 * (`[A-Za-z_][A-Za-z0-9_]*`, at most 63 characters); they are double-quoted in the output, and
 * values never appear in the SQL text, only as `$n` parameters.
 */
export interface RetentionTableMapping {
  /** Table name. */
  readonly table: string;
  /** Schema; default is the connection's search path. */
  readonly schema?: string;
  /** Column names. */
  readonly columns: {
    /** The row id selected by each statement. */
    readonly id: string;
    /** Data category. */
    readonly category: string;
    /** Purpose; required when a rule is scoped by purpose. */
    readonly purpose?: string;
    /** Tenant; required when a rule or an active hold is scoped by tenant. */
    readonly tenant?: string;
    /** Subject; required when an active hold is scoped by subject. */
    readonly subject?: string;
    /** Last action run (text), as `RetentionRecord.stageReached`. */
    readonly stageReached?: string;
    /** Column of each trigger event the rules use; `NULL` means the event has not happened. */
    readonly events: Readonly<Record<string, string>>;
  };
  /** Type of the event columns: `timestamptz` (default) or `date` (a calendar day). */
  readonly eventColumnType?: 'timestamptz' | 'date';
  /**
   * A table of legal holds kept by the host, checked inside the database by every destructive
   * statement (in addition to the policy's holds and `options.holds`). A row holds every record
   * matching all of its non-`NULL` scope columns while `placedAt <= at < releasedAt` (or
   * `releasedAt` is `NULL`); a row whose three scope columns are all `NULL` holds every record
   * (fail closed). Requires the `subject` and `tenant` columns of the records table.
   */
  readonly holdsTable?: {
    /** Table name. */
    readonly table: string;
    /** Schema; default is the connection's search path. */
    readonly schema?: string;
    /** Column names. */
    readonly columns: {
      /** Subject held, or `NULL` for any. */
      readonly subject: string;
      /** Tenant held, or `NULL` for any. */
      readonly tenant: string;
      /** Category held, or `NULL` for any. */
      readonly category: string;
      /** When the hold took effect (`timestamptz`). */
      readonly placedAt: string;
      /** When it was lifted (`timestamptz`), `NULL` while active. */
      readonly releasedAt: string;
    };
  };
}

/** Options of {@link compileRetentionToSql}. */
export interface CompileRetentionToSqlOptions {
  /** The instant of the sweep; the date thresholds in the parameters are computed from it. */
  readonly at: DateInput;
  /** Holds in addition to the policy's; those active at `at` exclude rows from destructive statements. */
  readonly holds?: readonly LegalHold[];
}

/** The rows due for one stage of one rule. */
export interface RetentionSqlStatement {
  /** The rule. */
  readonly ruleId: string;
  /** The stage within the rule. */
  readonly stageIndex: number;
  /** The action the selected rows are due for. */
  readonly action: RetentionAction;
  /** The predicate alone, for `DELETE FROM … WHERE` or `UPDATE … WHERE` in the host's sweep. */
  readonly where: string;
  /** `SELECT <id> FROM <table> WHERE <where>`. */
  readonly sql: string;
  /** Values for `$1 … $n`, as text PostgreSQL casts in the SQL. */
  readonly params: readonly string[];
}

/** Result of {@link compileRetentionToSql}. */
export interface CompiledRetentionSql {
  /** The sweep instant, ISO 8601. */
  readonly at: string;
  /** One statement per rule stage; a row is selected by at most one of them. */
  readonly statements: readonly RetentionSqlStatement[];
}

function quote(name: string | undefined, field: string): string {
  if (typeof name !== 'string' || !IDENTIFIER.test(name)) {
    return invalidInput(
      { scope: SCOPE, field },
      'invalid_identifier',
      'expected a plain SQL identifier [A-Za-z_][A-Za-z0-9_]* (at most 63 characters)',
    );
  }
  return `"${name}"`;
}

class Parameters {
  readonly values: string[] = [];
  add(value: string, cast = 'text'): string {
    this.values.push(value);
    return `$${this.values.length}::${cast}`;
  }
}

interface HoldColumns {
  readonly table: string;
  readonly subject: string;
  readonly tenant: string;
  readonly category: string;
  readonly placedAt: string;
  readonly releasedAt: string;
}

interface Columns {
  readonly table: string;
  readonly holds: HoldColumns | undefined;
  readonly id: string;
  readonly category: string;
  readonly purpose: string | undefined;
  readonly tenant: string | undefined;
  readonly subject: string | undefined;
  readonly stageReached: string | undefined;
  readonly events: ReadonlyMap<string, string>;
  readonly dateColumns: boolean;
}

function readMapping(mapping: RetentionTableMapping, rules: readonly CompiledRule[]): Columns {
  if (typeof mapping !== 'object' || mapping === null) {
    invalidInput(
      { scope: SCOPE, field: 'tableMapping' },
      'invalid_type',
      'expected a table mapping',
    );
  }
  const columns = mapping.columns;
  if (typeof columns !== 'object' || columns === null) {
    invalidInput(
      { scope: SCOPE, field: 'tableMapping.columns' },
      'invalid_type',
      'expected column names',
    );
  }
  const type = mapping.eventColumnType ?? 'timestamptz';
  if (type !== 'timestamptz' && type !== 'date') {
    invalidInput(
      { scope: SCOPE, field: 'tableMapping.eventColumnType' },
      'invalid_value',
      'expected one of timestamptz | date',
    );
  }
  const table =
    mapping.schema === undefined
      ? quote(mapping.table, 'tableMapping.table')
      : `${quote(mapping.schema, 'tableMapping.schema')}.${quote(mapping.table, 'tableMapping.table')}`;
  const optional = (key: 'purpose' | 'tenant' | 'subject' | 'stageReached') =>
    columns[key] === undefined ? undefined : quote(columns[key], `tableMapping.columns.${key}`);
  if (typeof columns.events !== 'object' || columns.events === null) {
    invalidInput(
      { scope: SCOPE, field: 'tableMapping.columns.events' },
      'invalid_type',
      'expected event columns',
    );
  }
  const events = new Map<string, string>();
  for (const rule of rules) {
    if (!events.has(rule.event)) {
      const name = Object.hasOwn(columns.events, rule.event)
        ? columns.events[rule.event]
        : undefined;
      events.set(rule.event, quote(name, `tableMapping.columns.events.${rule.event}`));
    }
  }
  const result: Columns = {
    table,
    holds: readHoldsTable(mapping.holdsTable),
    id: quote(columns.id, 'tableMapping.columns.id'),
    category: quote(columns.category, 'tableMapping.columns.category'),
    purpose: optional('purpose'),
    tenant: optional('tenant'),
    subject: optional('subject'),
    stageReached: optional('stageReached'),
    events,
    dateColumns: type === 'date',
  };
  if (result.holds !== undefined) {
    if (result.subject === undefined) quote(undefined, 'tableMapping.columns.subject');
    if (result.tenant === undefined) quote(undefined, 'tableMapping.columns.tenant');
  }
  for (const rule of rules) {
    if (rule.purpose !== undefined && result.purpose === undefined) {
      quote(undefined, 'tableMapping.columns.purpose');
    }
    if (rule.tenant !== undefined && result.tenant === undefined) {
      quote(undefined, 'tableMapping.columns.tenant');
    }
  }
  return result;
}

function readHoldsTable(holds: RetentionTableMapping['holdsTable']): HoldColumns | undefined {
  if (holds === undefined) return undefined;
  const field = 'tableMapping.holdsTable';
  if (
    typeof holds !== 'object' ||
    holds === null ||
    typeof holds.columns !== 'object' ||
    holds.columns === null
  ) {
    return invalidInput({ scope: SCOPE, field }, 'invalid_type', 'expected { table, columns }');
  }
  const table =
    holds.schema === undefined
      ? quote(holds.table, `${field}.table`)
      : `${quote(holds.schema, `${field}.schema`)}.${quote(holds.table, `${field}.table`)}`;
  const column = (key: keyof HoldColumns & keyof typeof holds.columns) =>
    `"pledge_hold".${quote(holds.columns[key], `${field}.columns.${key}`)}`;
  return {
    table,
    subject: column('subject'),
    tenant: column('tenant'),
    category: column('category'),
    placedAt: column('placedAt'),
    releasedAt: column('releasedAt'),
  };
}

/** True when some record could match both scopes. */
function overlaps(a: CompiledRule, b: CompiledRule): boolean {
  return (
    (a.category === null || b.category === null || a.category === b.category) &&
    (a.purpose === undefined || b.purpose === undefined || a.purpose === b.purpose) &&
    (a.tenant === undefined || b.tenant === undefined || a.tenant === b.tenant)
  );
}

/** Largest raw event day whose due day (anchor + months + days + 1) is on or before `atDay`. */
function latestAnchor(rule: CompiledRule, months: number, days: number, atDay: number): number {
  const due = (day: number) =>
    shiftEpochDay(rule.endOfYear ? endOfYearEpochDay(day) : day, months, days) + 1;
  let low = FIRST_DAY - 1;
  let high = atDay;
  if (due(high) <= atDay) return high;
  // Invariant: due(low) <= atDay (treating FIRST_DAY - 1 as "nothing"), due(high) > atDay.
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (due(middle) <= atDay) low = middle;
    else high = middle;
  }
  return low;
}

function compileStatements(
  policy: CompiledPolicy,
  columns: Columns,
  atDay: number,
  atIso: string,
  holds: readonly CompiledHold[],
): RetentionSqlStatement[] {
  const statements: RetentionSqlStatement[] = [];
  for (const rule of policy.rules) {
    for (const stage of rule.stages) {
      const params = new Parameters();
      const eventColumn = (of: CompiledRule) => columns.events.get(of.event) as string;
      const scope = (of: CompiledRule) => {
        const parts = [
          of.category === null ? 'TRUE' : `${columns.category} = ${params.add(of.category)}`,
        ];
        if (of.purpose !== undefined) parts.push(`${columns.purpose} = ${params.add(of.purpose)}`);
        if (of.tenant !== undefined) parts.push(`${columns.tenant} = ${params.add(of.tenant)}`);
        return parts.join(' AND ');
      };
      // `col <= day`, written as `col < start of the next day` so an index on col serves it.
      const onOrBefore = (column: string, day: number) => {
        if (day < FIRST_DAY) return 'FALSE';
        if (day >= LAST_DAY) return `${column} IS NOT NULL`;
        const next = fromEpochDay(day + 1);
        return columns.dateColumns
          ? `${column} < ${params.add(next, 'date')}`
          : `${column} < ${params.add(startOfDay(next, policy.timeZone).toISOString(), 'timestamptz')}`;
      };
      const anchorExpression = (of: CompiledRule) => {
        const column = eventColumn(of);
        const day = columns.dateColumns
          ? column
          : `(${column} AT TIME ZONE ${params.add(policy.timeZone)})::date`;
        return of.endOfYear ? `make_date(extract(year from ${day})::int, 12, 31)` : day;
      };
      const destructiveDue = (of: CompiledRule) => {
        const first = of.stages[of.firstDestructive];
        return `(${anchorExpression(of)} + ${params.add((first as { after: string }).after, 'interval')})::date`;
      };

      const conditions = [scope(rule)];
      const column = eventColumn(rule);
      conditions.push(onOrBefore(column, latestAnchor(rule, stage.months, stage.days, atDay)));
      const following = rule.stages[stage.index + 1];
      if (following !== undefined) {
        const bound = latestAnchor(rule, following.months, following.days, atDay);
        conditions.push(`NOT (${onOrBefore(column, bound)})`);
      }
      if (columns.stageReached !== undefined) {
        conditions.push(
          `(${columns.stageReached} IS NULL OR ${columns.stageReached} <> ${params.add(stage.action)})`,
        );
      }
      for (const other of policy.rules) {
        if (other === rule || !overlaps(rule, other) || other.specificity < rule.specificity)
          continue;
        // Parameters are numbered as they are added, so build each fragment only when used.
        const present = () => `${scope(other)} AND ${eventColumn(other)} IS NOT NULL`;
        if (other.specificity > rule.specificity) {
          // Explicit beats implicit.
          conditions.push(`NOT COALESCE(${present()}, false)`);
          continue;
        }
        // Equally explicit: the earliest first destructive stage wins, then the earlier rule.
        const mine = rule.firstDestructive >= 0;
        const theirs = other.firstDestructive >= 0;
        const earlier = other.index < rule.index;
        if (!theirs && !(earlier && !mine)) continue;
        const presentSql = present();
        const beats =
          mine && theirs
            ? `${destructiveDue(other)} ${earlier ? '<=' : '<'} ${destructiveDue(rule)}`
            : 'TRUE';
        conditions.push(`NOT COALESCE(${presentSql} AND ${beats}, false)`);
      }
      if (stage.destructive) {
        for (const hold of holds) {
          const held = hold.hold.scope;
          if (
            held.category !== undefined &&
            rule.category !== null &&
            held.category !== rule.category
          )
            continue;
          if (held.tenant !== undefined && rule.tenant !== undefined && held.tenant !== rule.tenant)
            continue;
          const parts: string[] = [];
          if (held.category !== undefined)
            parts.push(`${columns.category} = ${params.add(held.category)}`);
          if (held.tenant !== undefined) {
            parts.push(
              `${columns.tenant ?? quote(undefined, 'tableMapping.columns.tenant')} = ${params.add(held.tenant)}`,
            );
          }
          if (held.subject !== undefined) {
            parts.push(
              `${columns.subject ?? quote(undefined, 'tableMapping.columns.subject')} = ${params.add(held.subject)}`,
            );
          }
          conditions.push(`NOT COALESCE(${parts.join(' AND ')}, false)`);
        }
        const held = columns.holds;
        if (held !== undefined) {
          const at = params.add(atIso, 'timestamptz');
          const outer = (column: string | undefined) => `${columns.table}.${column}`;
          conditions.push(
            `NOT EXISTS (SELECT 1 FROM ${held.table} AS "pledge_hold" WHERE ${held.placedAt} <= ${at}` +
              ` AND (${held.releasedAt} IS NULL OR ${held.releasedAt} > ${at})` +
              ` AND (${held.subject} IS NULL OR ${held.subject} = ${outer(columns.subject)})` +
              ` AND (${held.tenant} IS NULL OR ${held.tenant} = ${outer(columns.tenant)})` +
              ` AND (${held.category} IS NULL OR ${held.category} = ${outer(columns.category)}))`,
          );
        }
        for (const other of policy.rules) {
          if (other.minimums.length === 0 || !overlaps(rule, other)) continue;
          for (const minimum of other.minimums) {
            const kept = latestAnchor(other, minimum.months, minimum.days, atDay);
            const otherColumn = eventColumn(other);
            // Retention beats deletion; a missing anchor keeps the row (fail closed).
            conditions.push(
              `NOT COALESCE(${scope(other)} AND (${otherColumn} IS NULL OR NOT (${onOrBefore(otherColumn, kept)})), false)`,
            );
          }
        }
      }
      const where = conditions.join(' AND ');
      statements.push({
        ruleId: rule.id,
        stageIndex: stage.index,
        action: stage.action,
        where,
        sql: `SELECT ${columns.id} FROM ${columns.table} WHERE ${where}`,
        params: params.values,
      });
    }
  }
  return statements;
}

/**
 * Compiles a policy into PostgreSQL predicates, one per rule stage, that select the rows due
 * for that stage at `at`, so a sweep runs inside the database. The statements follow the same
 * semantics and precedence as {@link evaluateRetention} (the same rows give the same answer;
 * the test suite checks it on PGlite): current stage only, not yet reached, destructive stages
 * excluding rows under an active hold or a minimum. Date thresholds are computed here from `at`
 * and passed as parameters, so the anchor column is compared directly and an index on it
 * serves the sweep.
 *
 * @example
 * ```ts
 * const { statements } = compileRetentionToSql(policy, {
 *   table: 'logs', columns: { id: 'id', category: 'category', events: { collected: 'created_at' } },
 * }, { at: new Date() });
 * for (const s of statements) await db.query(`DELETE FROM logs WHERE ${s.where}`, [...s.params]);
 * ```
 */
export function compileRetentionToSql(
  policy: RetentionPolicy,
  tableMapping: RetentionTableMapping,
  options: CompileRetentionToSqlOptions,
): CompiledRetentionSql {
  const compiled = compiledPolicyOf(policy);
  const columns = readMapping(tableMapping, compiled.rules);
  if (typeof options !== 'object' || options === null) {
    invalidInput({ scope: SCOPE, field: 'options' }, 'invalid_type', 'expected { at }');
  }
  const atMs = readAt(options.at, 'options.at');
  const holds = [...compiled.holds, ...compileExtraHolds(options.holds, 'options.holds')].filter(
    (hold) => isHoldActive(hold, atMs),
  );
  const atDay = dayOfInstant(compiled, atMs);
  const atIso = new Date(atMs).toISOString();
  return { at: atIso, statements: compileStatements(compiled, columns, atDay, atIso, holds) };
}
