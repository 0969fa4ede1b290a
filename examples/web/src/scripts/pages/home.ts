import { startSite } from '../site.js';

await startSite();
document.documentElement.dataset.ready = 'true';
