/**
 * A tenant id no other test in this run (or an earlier run against the same database) used,
 * so suites can share one store and one database without seeing each other's data. Matches
 * the tenant shape every Pledge engine accepts (letters, digits, `.`, `_`, `-`; at most 64).
 *
 * @param label Short tag that shows up in the id, to tell tests apart when debugging.
 * @example
 * ```ts
 * const tenant = uniqueTenant('race'); // e.g. 't-race-m3x9k2-4f7a1c'
 * ```
 */
export function uniqueTenant(label = 'test'): string {
  const tag = label.replace(/[^A-Za-z0-9]/g, '').slice(0, 16) || 'test';
  return `t-${tag}-${Date.now().toString(36)}-${randomSuffix()}`;
}

/**
 * A fresh PostgreSQL schema name, `pledge_test_<random>`, for a test file to create, use and
 * drop, so parallel runs against one server never collide.
 *
 * @example
 * ```ts
 * const schema = uniqueSchema(); // e.g. 'pledge_test_k2m9x4a1b3'
 * ```
 */
export function uniqueSchema(prefix = 'pledge_test'): string {
  const safe =
    prefix
      .toLowerCase()
      .replace(/[^a-z0-9_]/g, '_')
      .slice(0, 40) || 'pledge_test';
  return `${safe}_${randomSuffix()}${randomSuffix()}`.slice(0, 63);
}

function randomSuffix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  return Array.from(bytes, (byte) => byte.toString(36).padStart(2, '0')).join('');
}
