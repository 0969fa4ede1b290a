import { createMemoryDsrStore } from './memory-store.js';
import { describeDsrStoreConformance } from './testing/index.js';

describeDsrStoreConformance({ name: 'memory', createStore: () => createMemoryDsrStore() });
