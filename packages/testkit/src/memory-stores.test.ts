// The in-memory adapters run the suites too: they are the reference the others are held to.
import { createMemoryConsentStore, createMemorySubjectKeyVault } from '@pledge/consent';
import { createMemoryDsrStore } from '@pledge/dsr';
import { createMemoryRetentionEvidenceStore } from '@pledge/retention';
import {
  describeConsentStoreConformance,
  describeDsrStoreConformance,
  describeRetentionEvidenceStoreConformance,
} from './index.js';

describeConsentStoreConformance({
  name: 'memory',
  createStore: createMemoryConsentStore,
  createKeyVault: createMemorySubjectKeyVault,
});
describeDsrStoreConformance({ name: 'memory', createStore: createMemoryDsrStore });
describeRetentionEvidenceStoreConformance({
  name: 'memory',
  createStore: createMemoryRetentionEvidenceStore,
});
