import {
  buildExportPackage,
  type DataCategoryDescription,
  type DataSystem,
  type DsrRequest,
  type SystemExportEntry,
} from '@pledge/dsr';
import { problemResponse } from './problem.js';

/** @internal Builds the export of a closed access or portability request and sends it. */
export async function exportResponse(
  request: DsrRequest,
  options: {
    readonly systems: readonly DataSystem[];
    readonly categories: readonly DataCategoryDescription[] | undefined;
    readonly at: Date;
    readonly format: 'json' | 'csv';
  },
): Promise<Response> {
  if (request.type !== 'access' && request.type !== 'portability') {
    return problemResponse({
      status: 409,
      code: 'NOT_AN_ACCESS_REQUEST',
      detail: 'only access and portability requests have an export',
    });
  }
  if (request.state !== 'completed' && request.state !== 'partially-completed') {
    return problemResponse({
      status: 409,
      code: 'EXPORT_NOT_READY',
      detail: 'the export is available once the request is completed',
      extensions: { state: request.state },
    });
  }
  // The package is rebuilt from the systems on each download (reads repeat safely), so the data
  // is current and nothing personal is cached by the handler.
  const entries: SystemExportEntry[] = [];
  for (const system of options.systems) {
    if (system.access === undefined) continue;
    const data = await system.access(request.subject, {
      request,
      idempotencyKey: `${request.tenant}/${request.id}/${system.id}/export`,
      at: options.at,
    });
    entries.push({ system: system.id, export: data });
  }
  if (options.categories !== undefined && options.categories.length > 0) {
    entries.push({ system: 'processing', export: { records: [], categories: options.categories } });
  }
  const built = buildExportPackage(request, entries, { at: options.at });
  if (built.outcome === 'refused') {
    return problemResponse({
      status: 409,
      code: built.reasons[0]?.code ?? 'EXPORT_REFUSED',
      detail: 'the export cannot be built for this request',
      extensions: { reasons: built.reasons },
    });
  }
  const name = `pledge-export-${request.id.replace(/[^A-Za-z0-9._-]/g, '_')}`;
  const headers = {
    'x-content-sha256': built.package.sha256,
    'content-disposition': `attachment; filename="${name}.${options.format}"`,
  };
  if (options.format === 'csv') {
    return new Response(built.package.csv, {
      status: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'cache-control': 'no-store',
        ...headers,
      },
    });
  }
  return new Response(built.package.json, {
    status: 200,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    },
  });
}
