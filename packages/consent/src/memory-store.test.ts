import { createMemoryConsentStore, createMemorySubjectKeyVault } from './memory-store.js';
import { describeConsentStoreConformance } from './testing/index.js';

describeConsentStoreConformance({
  name: 'memory',
  createStore: createMemoryConsentStore,
  createKeyVault: createMemorySubjectKeyVault,
});
