// Google's tag snippet, as a site pastes it: a data layer and a `gtag` that queues commands on
// it. No Google script is ever loaded in the demo, so the queue is where Consent Mode v2
// `default` and `update` commands can be seen (e2e tests read `window.dataLayer`).

declare global {
  interface Window {
    dataLayer: unknown[];
    gtag: (...args: unknown[]) => void;
  }
}

window.dataLayer = window.dataLayer ?? [];
if (typeof window.gtag !== 'function') {
  window.gtag = function gtag() {
    // gtag.js reads only `arguments` objects from the data layer, not arrays.
    // biome-ignore lint/complexity/noArguments: the data-layer protocol requires them
    window.dataLayer.push(arguments);
  };
}

export {};
