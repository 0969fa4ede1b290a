import { describeBadInputSweep } from '../../../test-support/bad-input-sweep.js';
import * as browser from './index.js';

const endpoint = { endpoint: '/api' };
const purpose = { id: 'analytics', legalBasis: 'consent' };
const withPurposes = (purposes: unknown[]) => ({
  config: { policyVersion: 'v1', purposes } as never,
});

describeBadInputSweep({
  entry: browser,
  cases: {
    createConsentClient: [
      [() => browser.createConsentClient(null as never), 'options'],
      [() => browser.createConsentClient({ endpoint: 42 as never }), 'options.endpoint'],
      [() => browser.createConsentClient({}), 'options.config'],
      [
        () => browser.createConsentClient({ config: { policyVersion: '', purposes: [] } }),
        'options.config.policyVersion',
      ],
      [
        () => browser.createConsentClient({ config: { policyVersion: 'v1' } as never }),
        'options.config.purposes',
      ],
      [() => browser.createConsentClient(withPurposes([null])), 'options.config.purposes[0]'],
      [
        () => browser.createConsentClient(withPurposes([{ ...purpose, id: 'Analytics' }])),
        'options.config.purposes[0].id',
      ],
      [
        () => browser.createConsentClient(withPurposes([purpose, purpose])),
        'options.config.purposes[1].id',
      ],
      [
        () => browser.createConsentClient(withPurposes([{ id: 'analytics' }])),
        'options.config.purposes[0].legalBasis',
      ],
      [
        () => browser.createConsentClient(withPurposes([{ ...purpose, essential: 'yes' }])),
        'options.config.purposes[0].essential',
      ],
      [
        () => browser.createConsentClient(withPurposes([{ ...purpose, saleOrSharing: 1 }])),
        'options.config.purposes[0].saleOrSharing',
      ],
      [
        () =>
          browser.createConsentClient(withPurposes([{ ...purpose, consentMode: 'ad_storage' }])),
        'options.config.purposes[0].consentMode',
      ],
      [() => browser.createConsentClient({ ...endpoint, subject: '' }), 'options.subject'],
      [
        () => browser.createConsentClient({ ...endpoint, jurisdiction: 7 as never }),
        'options.jurisdiction',
      ],
      [() => browser.createConsentClient({ ...endpoint, storageKey: '' }), 'options.storageKey'],
      [() => browser.createConsentClient({ ...endpoint, model: 'gdpr' as never }), 'options.model'],
      [() => browser.createConsentClient({ ...endpoint, gpc: 'yes' as never }), 'options.gpc'],
      [() => browser.createConsentClient({ ...endpoint, fetch: 1 as never }), 'options.fetch'],
      [() => browser.createConsentClient({ ...endpoint, storage: {} as never }), 'options.storage'],
      [() => browser.createConsentClient({ ...endpoint, clock: {} as never }), 'options.clock'],
      [
        () => browser.createConsentClient({ ...endpoint, consentMode: { waitForUpdate: -1 } }),
        'options.consentMode.waitForUpdate',
      ],
      [
        () => browser.createConsentClient({ ...endpoint, consentMode: { gtag: 'gtag' as never } }),
        'options.consentMode.gtag',
      ],
      [
        () => browser.createConsentClient({ ...endpoint, scripts: { root: {} as never } }),
        'options.scripts.root',
      ],
    ],
    createWebStorage: [[() => browser.createWebStorage(null as never), 'storage']],
    createIndexedDbStorage: [
      [() => browser.createIndexedDbStorage(null as never), 'options'],
      [() => browser.createIndexedDbStorage({ indexedDB: {} as never }), 'options.indexedDB'],
      [
        () =>
          browser.createIndexedDbStorage({
            indexedDB: { open: () => undefined } as never,
            database: '',
          }),
        'options.database',
      ],
    ],
    detectStorage: [[() => browser.detectStorage('local' as never), 'options']],
    unblockScripts: [
      [() => browser.unblockScripts(null as never, () => true), 'root'],
      [
        () => browser.unblockScripts({ querySelectorAll: () => [] } as never, null as never),
        'isGranted',
      ],
    ],
    observeBlockedScripts: [
      [() => browser.observeBlockedScripts({} as never, () => true), 'root'],
      [() => browser.observeBlockedScripts({ nodeType: 1 } as never, 'yes' as never), 'isGranted'],
    ],
  },
  predicates: {
    detectGlobalPrivacyControl: () =>
      browser.detectGlobalPrivacyControl({ globalPrivacyControl: 'true' }),
  },
  noInput: ['createMemoryStorage', 'createSubjectId'],
});
