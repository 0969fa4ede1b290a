import { ValidationError } from '@pledge/core';
import { describe, expect, it } from 'vitest';
import { describeBadInputSweep } from '../../../test-support/bad-input-sweep.js';
import * as transfers from './index.js';
import * as mapEntry from './map.js';

const flow = { from: 'DE', to: 'US', at: '2024-01-01' } as const;
const map = { systems: [{ id: 'a', location: 'DE' }], flows: [{ from: 'a', to: 'a' }] };

/**
 * Every exported function with a call that has invalid input and the field the error must
 * name. A new export without a row here fails the completeness test below.
 */
const invalidCalls: Record<string, [call: () => unknown, field: string][]> = {
  assessTransfer: [
    [() => transfers.assessTransfer(null as never), 'input'],
    [() => transfers.assessTransfer({ ...flow, at: 'yesterday' }), 'input.at'],
    [() => transfers.assessTransfer({ ...flow, from: 'Germany' }), 'input.from'],
    [() => transfers.assessTransfer({ ...flow, to: 'aws:' as never }), 'input.to'],
    [
      () => transfers.assessTransfer({ ...flow, recipient: { role: 'owner' as never } }),
      'input.recipient.role',
    ],
    [
      () => transfers.assessTransfer({ ...flow, recipient: { frameworks: ['shield'] as never } }),
      'input.recipient.frameworks[0]',
    ],
    [
      () =>
        transfers.assessTransfer({
          ...flow,
          safeguards: [{ mechanism: 'scc-2021', module: 5 as never }],
        }),
      'input.safeguards[0].module',
    ],
    [
      () =>
        transfers.assessTransfer({
          ...flow,
          safeguards: [{ mechanism: 'scc-2010', concludedOn: '2020-13-01' }],
        }),
      'input.safeguards[0].concludedOn',
    ],
    [
      () =>
        transfers.assessTransfer({
          ...flow,
          safeguards: [{ mechanism: 'derogation', derogation: 'whim' as never }],
        }),
      'input.safeguards[0].derogation',
    ],
    [
      () =>
        transfers.assessTransfer({
          ...flow,
          safeguards: [{ mechanism: 'bcr', module: 2 } as never],
        }),
      'input.safeguards[0]',
    ],
    [
      () => transfers.assessTransfer({ ...flow, volume: { individuals: -1 } }),
      'input.volume.individuals',
    ],
    [
      () => transfers.assessTransfer({ ...flow, subjectCitizenship: ['Russia'] }),
      'input.subjectCitizenship[0]',
    ],
    [
      () => transfers.assessTransfer({ ...flow, atCollection: 'yes' as never }),
      'input.atCollection',
    ],
    [() => transfers.assessTransfer({ ...flow, extra: 1 } as never), 'input'],
  ],
  regionToCountry: [[() => transfers.regionToCountry('eu-central-1'), 'reference']],
  cloudRegion: [[() => transfers.cloudRegion('oracle:eu-frankfurt-1'), 'reference']],
  listCloudRegions: [[() => transfers.listCloudRegions('oracle' as never), 'provider']],
};

describeBadInputSweep({ entry: transfers, cases: invalidCalls });

describe('@pledge/transfers/map', () => {
  describeBadInputSweep({
    entry: mapEntry,
    cases: {
      assessTransferMap: [
        [() => mapEntry.assessTransferMap(map, { at: 'soon' }), 'options.at'],
        [
          () => mapEntry.assessTransferMap({ ...map, systems: 'a' as never }, { at: '2024-01-01' }),
          'map.systems',
        ],
        [
          () =>
            mapEntry.assessTransferMap(
              { ...map, flows: [{ from: 'a', to: 'b' }] },
              { at: '2024-01-01' },
            ),
          'map.flows[0].to',
        ],
        [
          () =>
            mapEntry.assessTransferMap(
              {
                ...map,
                systems: [
                  { id: 'a', location: 'DE' },
                  { id: 'a', location: 'FR' },
                ],
              },
              { at: '2024-01-01' },
            ),
          'map.systems[1].id',
        ],
        [
          () =>
            mapEntry.assessTransferMap(
              { ...map, residency: [{ id: 'r', origin: 'Europe', allowedIn: [] }] },
              { at: '2024-01-01' },
            ),
          'map.residency[0].origin',
        ],
      ],
      transferMapToMarkdown: [
        [() => mapEntry.transferMapToMarkdown({ flows: 'x' } as never), 'report.flows'],
      ],
      diffRules: [
        [() => mapEntry.diffRules('2024-01-01', 'later'), 'toDate'],
        [() => mapEntry.diffRules('2024-02-01', '2024-01-01'), 'toDate'],
        [
          () => mapEntry.diffRules('2024-01-01', '2024-02-01', { systems: [] } as never),
          'map.flows',
        ],
      ],
    },
  });
});

describe('public entry', () => {
  it('leaves the table listing and source notes to @pledge/transfers/sources', () => {
    expect(Object.keys(transfers)).not.toContain('transferRules');
    expect(Object.keys(transfers)).not.toContain('transferRuleNotes');
  });

  it('leaves the data-map tools to @pledge/transfers/map', () => {
    expect(Object.keys(transfers)).not.toContain('assessTransferMap');
    expect(Object.keys(mapEntry).sort()).toEqual([
      'assessTransferMap',
      'diffRules',
      'transferMapToMarkdown',
    ]);
  });

  it('never echoes a rejected value in the message', () => {
    expect(() => transfers.assessTransfer({ ...flow, from: 'secret-person@example.com' })).toThrow(
      ValidationError,
    );
    expect(() =>
      transfers.assessTransfer({ ...flow, from: 'secret-person@example.com' }),
    ).not.toThrow(/secret-person/);
  });
});
