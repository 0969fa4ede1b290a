import { describeFuzz } from '../../../test-support/fuzz.js';
import * as transfers from './index.js';
import * as mapEntry from './map.js';
import * as sources from './sources.js';

const map = () => ({
  systems: [
    { id: 'app', location: 'aws:eu-central-1' },
    { id: 'crm', location: 'US' },
  ],
  flows: [
    {
      id: 'crm-sync',
      from: 'app',
      to: 'crm',
      recipient: { role: 'processor', frameworks: ['eu-us-dpf'] },
      safeguards: [{ mechanism: 'scc-2021', module: 2 }],
    },
  ],
  residency: [{ id: 'eu-workspaces', origin: 'EEA', allowedIn: ['EEA'] }],
});

describeFuzz({
  name: '@pledge/transfers',
  entry: transfers,
  targets: {
    assessTransfer: {
      seed: () => [
        {
          from: 'DE',
          to: 'gcp:us-east1',
          at: '2026-06-01',
          recipient: { role: 'processor', frameworks: ['eu-us-dpf'] },
          safeguards: [
            { mechanism: 'scc-2021', module: 2 },
            { mechanism: 'scc-2010', concludedOn: '2020-06-01' },
          ],
          volume: { individuals: 120_000 },
          subjectCitizenship: ['US'],
          atCollection: false,
        },
      ],
    },
    cloudRegion: { seed: () => ['aws:eu-central-1'] },
    regionToCountry: { seed: () => ['azure:westeurope'] },
  },
});

describeFuzz({
  name: '@pledge/transfers/map',
  entry: mapEntry,
  targets: {
    assessTransferMap: { seed: () => [map(), { at: '2026-06-01' }] },
    transferMapToMarkdown: {
      seed: () => [mapEntry.assessTransferMap(map() as never, { at: '2026-06-01' })],
    },
    diffRules: { seed: () => ['2020-07-15', '2020-07-17', map()] },
  },
});

describeFuzz({
  name: '@pledge/transfers/sources',
  entry: sources,
  targets: {
    transferRuleSource: { seed: () => ['eu-us-dpf'] },
    withTransferSources: {
      seed: () => [
        transfers.assessTransfer({
          from: 'DE',
          to: 'US',
          at: '2020-08-01',
          recipient: { frameworks: ['privacy-shield'] },
          safeguards: [{ mechanism: 'scc-2021', module: 2 }],
        }),
      ],
    },
    withTransferMapSources: {
      seed: () => [mapEntry.assessTransferMap(map() as never, { at: '2026-06-01' })],
    },
  },
});
