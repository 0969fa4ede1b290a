import { invalidInput } from '@pledge/core';
import { SCOPE } from './store-error.js';

// Lower-case letters, digits and underscores, starting with a letter or underscore, at most 63
// bytes (PostgreSQL's NAMEDATALEN - 1). Strict on purpose: it is interpolated as an identifier.
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The schema name, validated and double-quoted for use in SQL text. */
export function quoteSchemaName(schema: unknown, field: string): string {
  if (typeof schema !== 'string' || !SCHEMA_NAME.test(schema) || schema.startsWith('pg_')) {
    invalidInput(
      { scope: SCOPE, field },
      'invalid_schema',
      'expected 1 to 63 lower-case letters, digits or underscores, not starting with a digit or pg_',
    );
  }
  return `"${schema}"`;
}
