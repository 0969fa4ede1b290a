import {
  canonicalJson,
  type JsonValue,
  parseInput,
  parseInstant,
  type Reason,
  reason,
  sha256Hex,
} from '@pledge/core';
import { z } from 'zod';
import type { DataCategoryDescription, SystemExport } from './data-system.js';
import { type DsrRequest, dsrRequestSchema, instantSchema } from './request.js';

const SCOPE = '@pledge/dsr';

/** The format identifier written into every export's JSON. */
export const EXPORT_FORMAT = 'pledge.dsr-export/1';

/** An export package for an access or portability request. */
export interface ExportPackage {
  /** Machine-readable JSON (RFC 8785 canonical form) of everything returned (GDPR Art. 20). */
  readonly json: string;
  /** SHA-256 of `json`, for the audit trail and the receipt. */
  readonly sha256: string;
  /**
   * CSV summary, one row per system and category: source, purposes, recipients, retention,
   * legal basis (GDPR Art. 15(1); Workpex promise).
   */
  readonly csv: string;
}

/** Result of {@link buildExportPackage}: built, or refused with reasons. */
export type ExportResult =
  | {
      readonly outcome: 'built';
      readonly package: ExportPackage;
      readonly reasons: readonly Reason[];
    }
  | {
      readonly outcome: 'refused';
      readonly reasons: readonly Reason<'IDENTITY_NOT_VERIFIED' | 'NOT_AN_ACCESS_REQUEST'>[];
    };

/** One system's contribution to an export. */
export interface SystemExportEntry {
  /** The data system id. */
  readonly system: string;
  /** What it returned. */
  readonly export: SystemExport;
}

const categorySchema: z.ZodType<DataCategoryDescription> = z
  .object({
    category: z.string().min(1).max(200),
    source: z.string().max(500),
    purposes: z.array(z.string().max(500)).readonly(),
    recipients: z.array(z.string().max(500)).readonly(),
    retention: z.string().max(500),
    legalBasis: z.string().max(200).exactOptional(),
  })
  .strict();

const entriesSchema = z.array(
  z
    .object({
      system: z.string().min(1).max(200),
      export: z.object({
        records: z.custom<JsonValue>(() => true),
        categories: z.array(categorySchema),
      }),
    })
    .strict(),
);

// Cells starting with these characters run as formulas in spreadsheet software (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Builds the export package for an access or portability request: canonical JSON with every
 * system's records and category descriptions, plus a CSV summary of sources, purposes,
 * recipients and retention. Refuses (a value, not a throw) unless the subject's identity was
 * verified: an export hands personal data to whoever asked.
 *
 * @example
 * ```ts
 * const result = buildExportPackage(request, [{ system: 'crm', export: crmExport }], { at: new Date() });
 * if (result.outcome === 'built') deliver(result.package.json, result.package.csv);
 * ```
 */
export function buildExportPackage(
  request: DsrRequest,
  entries: readonly SystemExportEntry[],
  options: { readonly at: string | Date },
): ExportResult {
  const parsed = parseInput(dsrRequestSchema, request, { scope: SCOPE, field: 'request' });
  parseInput(entriesSchema, entries, { scope: SCOPE, field: 'entries' });
  parseInput(z.looseObject({ at: instantSchema }), options, { scope: SCOPE, field: 'options' });
  const at = parseInstant(options.at, 'options.at');
  if (parsed.type !== 'access' && parsed.type !== 'portability') {
    return {
      outcome: 'refused',
      reasons: [reason('NOT_AN_ACCESS_REQUEST', { type: parsed.type })],
    };
  }
  if (!parsed.clock.some((event) => event.kind === 'identity-verified')) {
    return { outcome: 'refused', reasons: [reason('IDENTITY_NOT_VERIFIED', {})] };
  }
  const body = {
    format: EXPORT_FORMAT,
    requestId: parsed.id,
    type: parsed.type,
    subject: parsed.subject,
    generatedAt: at.toISOString(),
    systems: entries.map((entry) => ({
      system: entry.system,
      records: entry.export.records,
      categories: entry.export.categories.map((category) => ({ ...category })),
    })),
  };
  const json = canonicalJson(body as unknown as JsonValue);
  const rows = [
    ['system', 'category', 'source', 'purposes', 'recipients', 'retention', 'legal_basis'],
    ...entries.flatMap((entry) =>
      entry.export.categories.map((category) => [
        entry.system,
        category.category,
        category.source,
        category.purposes.join('; '),
        category.recipients.join('; '),
        category.retention,
        category.legalBasis ?? '',
      ]),
    ),
  ];
  const csv = `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
  return {
    outcome: 'built',
    package: { json, sha256: sha256Hex(json), csv },
    reasons: [reason('EXPORT_BUILT', { systems: entries.length })],
  };
}
