import { invalidInput } from './validate.js';

/**
 * How sure Pledge is of a legal fact.
 *
 * - `primary`: checked against the official text (official journal, statute book, regulator).
 * - `secondary`: checked against a reputable secondary source (regulator FAQ, law firm, IAPP).
 * - `unverified`: not confirmed against any source; hosts should treat the row with care.
 */
export type Confidence = 'primary' | 'secondary' | 'unverified';

/** Where a legal value comes from. Every legal table row and every legal reason carries one. */
export interface Citation {
  /** The instrument, e.g. `Regulation (EU) 2016/679`. */
  readonly law: string;
  /** The provision, e.g. `Art. 12(3)`. */
  readonly article: string;
  /** A link to the text the value was checked against. */
  readonly url?: string;
  /** How the value was verified. */
  readonly confidence: Confidence;
  /** A short remark on scope, disagreement between sources, or what is uncertain. */
  readonly note?: string;
}

/** Accepted confidence levels, in descending order of certainty. */
export const CONFIDENCE_LEVELS = ['primary', 'secondary', 'unverified'] as const;

const CITATION_KEYS = new Set(['law', 'article', 'url', 'confidence', 'note']);

/**
 * Checks a host-supplied {@link Citation} without zod (for browser bundles that validate by
 * hand), or throws a `ValidationError` naming the offending field under `field`.
 */
export function parseCitation(value: unknown, field = 'citation'): Citation {
  const context = { scope: '@pledge/core', field };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return invalidInput(context, 'invalid_type', 'expected a citation object');
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!CITATION_KEYS.has(key)) invalidInput(context, 'unrecognized_keys', 'unknown key', [key]);
  }
  const text = (key: string, max: number, required: boolean) => {
    const item = record[key];
    if (item === undefined && !required) return;
    if (typeof item !== 'string' || item.length === 0 || item.length > max) {
      invalidInput(context, 'invalid_type', `expected a string of 1 to ${max} characters`, [key]);
    }
  };
  text('law', 500, true);
  text('article', 200, true);
  text('note', 2000, false);
  text('url', 2000, false);
  if (record.url !== undefined && !/^https?:\/\/[^\s]+$/.test(record.url as string)) {
    invalidInput(context, 'invalid_url', 'expected an http(s) URL', ['url']);
  }
  if (!CONFIDENCE_LEVELS.includes(record.confidence as never)) {
    invalidInput(context, 'invalid_value', `expected one of ${CONFIDENCE_LEVELS.join(' | ')}`, [
      'confidence',
    ]);
  }
  return value as Citation;
}
