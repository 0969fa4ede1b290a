import type { Confidence } from '@pledge/core';

// Cloud regions → ISO 3166-1 alpha-2 (research §6, compiled 2026-11-22). Written as
// `COUNTRY:region region …;` to stay small in the browser bundle. A region ending in `*` is
// `secondary`, in `?` `unverified`; the rest carry the provider's default confidence below.
//
// Sources: AWS region billing codes and supported-regions pages; Google Cloud location pages
// (Cloud Tasks, GKE On-Prem API, Workload Manager, Cloud SQL); Microsoft Learn "Azure regions
// list" (first rows), tal66/cloud-regions (`az account list-locations`) and Northflank's list.
// Some Azure and GCP rows are reused as data from jasonwilbur/mcp-server-cloud-regions
// (MIT License, Copyright (c) 2025 Jason Wilbur; `src/data/regions-*.ts`): its country codes
// agreed with the official docs wherever cross-checked.
//
// A region is where the provider says the service runs; replicas, backups and support access
// may be elsewhere, so a region code is not proof of where data is stored.

/** A cloud provider whose regions Pledge maps: Amazon Web Services, Google Cloud, Azure. */
export type CloudProvider = 'aws' | 'gcp' | 'azure';

/** Every provider, for schemas and docs. */
export const CLOUD_PROVIDERS = ['aws', 'gcp', 'azure'] as const;

/** Confidence of a region without a mark, per provider. */
export const DEFAULT_CONFIDENCE: Readonly<Record<CloudProvider, Confidence>> = {
  aws: 'primary',
  gcp: 'primary',
  azure: 'secondary',
};

/** Encoded region table per provider. */
export const CLOUD_REGION_TABLE: Readonly<Record<CloudProvider, string>> = {
  // eusc-de-east-1 (AWS European Sovereign Cloud, Brandenburg) was not confirmed.
  aws:
    'US:us-east-1 us-east-2 us-west-1 us-west-2 us-gov-west-1 us-gov-east-1;CA:ca-central-1 ca-west-1;' +
    'MX:mx-central-1;BR:sa-east-1;IE:eu-west-1;GB:eu-west-2;FR:eu-west-3;DE:eu-central-1 eusc-de-east-1?;' +
    'CH:eu-central-2;SE:eu-north-1;IT:eu-south-1;ES:eu-south-2;IL:il-central-1;BH:me-south-1;' +
    'AE:me-central-1;ZA:af-south-1;HK:ap-east-1;TW:ap-east-2;JP:ap-northeast-1 ap-northeast-3;' +
    'KR:ap-northeast-2;SG:ap-southeast-1;AU:ap-southeast-2 ap-southeast-4;ID:ap-southeast-3;' +
    'MY:ap-southeast-5;NZ:ap-southeast-6;TH:ap-southeast-7;IN:ap-south-1 ap-south-2;' +
    'CN:cn-north-1 cn-northwest-1',
  // asia-southeast3 comes from the MIT repository only.
  gcp:
    'US:us-central1 us-east1 us-east4 us-east5 us-south1 us-west1 us-west2 us-west3 us-west4;' +
    'CA:northamerica-northeast1 northamerica-northeast2;MX:northamerica-south1;BR:southamerica-east1;' +
    'CL:southamerica-west1;PL:europe-central2;FI:europe-north1;SE:europe-north2;ES:europe-southwest1;' +
    'BE:europe-west1;GB:europe-west2;DE:europe-west3 europe-west10;NL:europe-west4;CH:europe-west6;' +
    'IT:europe-west8 europe-west12;FR:europe-west9;QA:me-central1;SA:me-central2;IL:me-west1;' +
    'TW:asia-east1;HK:asia-east2;JP:asia-northeast1 asia-northeast2;KR:asia-northeast3;' +
    'IN:asia-south1 asia-south2;SG:asia-southeast1;ID:asia-southeast2;TH:asia-southeast3*;' +
    'AU:australia-southeast1 australia-southeast2;ZA:africa-south1',
  // The first seven rows were seen on Microsoft Learn (primary, marked `!`); denmarkeast was
  // seen only in a link to a Microsoft PDF. Canary and staging regions (EUAP, STG) are omitted.
  azure:
    'AU:australiacentral! australiacentral2! australiaeast! australiasoutheast!;AT:austriaeast!;' +
    'BE:belgiumcentral!;BR:brazilsouth! brazilsoutheast;CA:canadacentral canadaeast;' +
    'US:centralus eastus eastus2 northcentralus southcentralus westcentralus westus westus2 westus3 usgovvirginia usgovarizona;' +
    'IE:northeurope;NL:westeurope;FR:francecentral francesouth;DE:germanywestcentral germanynorth;' +
    'NO:norwayeast norwaywest;SE:swedencentral;CH:switzerlandnorth switzerlandwest;GB:uksouth ukwest;' +
    'PL:polandcentral;IT:italynorth;ES:spaincentral;IL:israelcentral;QA:qatarcentral;' +
    'AE:uaecentral uaenorth;ZA:southafricanorth southafricawest;' +
    'IN:centralindia southindia westindia jioindiacentral jioindiawest;HK:eastasia;SG:southeastasia;' +
    'JP:japaneast japanwest;KR:koreacentral koreasouth;CL:chilecentral;ID:indonesiacentral;' +
    'MY:malaysiawest;MX:mexicocentral;NZ:newzealandnorth;DK:denmarkeast?',
};
