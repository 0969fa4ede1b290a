import { type Confidence, invalidInput } from '@pledge/core';
import {
  CLOUD_PROVIDERS,
  CLOUD_REGION_TABLE,
  type CloudProvider,
  DEFAULT_CONFIDENCE,
} from './rules/cloud-regions.js';

/** One cloud region and the country it is in. */
export interface CloudRegion {
  /** The provider. */
  readonly provider: CloudProvider;
  /** The provider's region code, e.g. `eu-central-1`, `europe-west3`, `westeurope`. */
  readonly region: string;
  /** ISO 3166-1 alpha-2 code of the country the region is in. */
  readonly country: string;
  /** How the mapping was verified (see the package README). */
  readonly confidence: Confidence;
}

const MARKS: Readonly<Record<string, Confidence>> = {
  '!': 'primary',
  '*': 'secondary',
  '?': 'unverified',
};

function decode(): Map<string, CloudRegion> {
  const index = new Map<string, CloudRegion>();
  for (const provider of CLOUD_PROVIDERS) {
    for (const group of CLOUD_REGION_TABLE[provider].split(';')) {
      const [country = '', regions = ''] = group.split(':');
      for (const entry of regions.split(' ')) {
        const confidence = MARKS[entry.slice(-1)];
        const region = confidence === undefined ? entry : entry.slice(0, -1);
        index.set(`${provider}:${region}`, {
          provider,
          region,
          country,
          confidence: confidence ?? DEFAULT_CONFIDENCE[provider],
        });
      }
    }
  }
  return index;
}

// Built once at import and never written again.
const REGIONS: ReadonlyMap<string, CloudRegion> = /* @__PURE__ */ decode();

const REGION_REFERENCE = /^(aws|gcp|azure):[a-z0-9-]{2,40}$/;

/** True when `value` has the shape `provider:region` (`aws:eu-central-1`), known or not. */
export function isRegionReference(value: unknown): boolean {
  return typeof value === 'string' && REGION_REFERENCE.test(value);
}

/**
 * The cloud region named by `reference` (`aws:eu-central-1`, `gcp:europe-west3`,
 * `azure:westeurope`), or `undefined` when the provider's region is not in the table (a new or
 * unlisted region: treat its location as unknown, never guess). Throws a `ValidationError` when
 * `reference` is not `aws|gcp|azure:<region>`.
 *
 * @example
 * ```ts
 * cloudRegion('azure:westeurope')?.country; // 'NL'
 * ```
 */
export function cloudRegion(reference: string): CloudRegion | undefined {
  if (!isRegionReference(reference)) {
    invalidInput(
      { scope: '@pledge/transfers', field: 'reference' },
      'invalid_region',
      'expected provider:region with provider aws | gcp | azure',
    );
  }
  return REGIONS.get(reference);
}

/**
 * The ISO 3166-1 alpha-2 country of a cloud region, or `undefined` when the region is not in
 * the table.
 *
 * @example
 * ```ts
 * regionToCountry('aws:eu-central-1'); // 'DE'
 * regionToCountry('gcp:us-central1'); // 'US'
 * ```
 */
export function regionToCountry(reference: string): string | undefined {
  return cloudRegion(reference)?.country;
}

/**
 * Every mapped region, optionally for one provider, in table order.
 *
 * @example
 * ```ts
 * listCloudRegions('gcp').filter((region) => region.country === 'DE').length; // 2
 * ```
 */
export function listCloudRegions(provider?: CloudProvider): CloudRegion[] {
  if (provider !== undefined && !CLOUD_PROVIDERS.includes(provider)) {
    invalidInput(
      { scope: '@pledge/transfers', field: 'provider' },
      'invalid_provider',
      `expected one of ${CLOUD_PROVIDERS.join(' | ')}`,
    );
  }
  return [...REGIONS.values()].filter(
    (region) => provider === undefined || region.provider === provider,
  );
}
