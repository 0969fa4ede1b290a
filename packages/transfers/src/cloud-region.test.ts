import { describe, expect, it } from 'vitest';
import { cloudRegion, listCloudRegions, regionToCountry } from './cloud-region.js';

const cases: [reference: string, country: string | undefined][] = [
  ['aws:eu-central-1', 'DE'],
  ['aws:us-east-1', 'US'],
  ['aws:eu-west-2', 'GB'],
  ['aws:eu-central-2', 'CH'],
  ['aws:cn-north-1', 'CN'],
  ['aws:ap-southeast-6', 'NZ'],
  ['gcp:europe-west1', 'BE'],
  ['gcp:europe-west3', 'DE'],
  ['gcp:europe-west4', 'NL'],
  ['gcp:us-central1', 'US'],
  ['gcp:me-central2', 'SA'],
  ['azure:westeurope', 'NL'],
  ['azure:northeurope', 'IE'],
  ['azure:germanywestcentral', 'DE'],
  ['azure:switzerlandwest', 'CH'],
  ['azure:eastasia', 'HK'],
  ['aws:mars-north-1', undefined],
];

describe('regionToCountry', () => {
  it.each(cases)('%s → %s', (reference, country) => {
    expect(regionToCountry(reference)).toBe(country);
  });

  it('carries the confidence of each row', () => {
    expect(cloudRegion('aws:eusc-de-east-1')?.confidence).toBe('unverified');
    expect(cloudRegion('gcp:asia-southeast3')?.confidence).toBe('secondary');
    expect(cloudRegion('azure:austriaeast')?.confidence).toBe('primary');
    expect(cloudRegion('azure:uksouth')?.confidence).toBe('secondary');
    expect(cloudRegion('aws:eu-west-1')?.confidence).toBe('primary');
  });

  it('lists every region once with an ISO alpha-2 country', () => {
    const all = listCloudRegions();
    expect(new Set(all.map((region) => `${region.provider}:${region.region}`)).size).toBe(
      all.length,
    );
    expect(all.every((region) => /^[A-Z]{2}$/.test(region.country))).toBe(true);
    expect(listCloudRegions('aws')).toHaveLength(39);
    expect(listCloudRegions('gcp')).toHaveLength(43);
    expect(listCloudRegions('azure')).toHaveLength(60);
  });
});
