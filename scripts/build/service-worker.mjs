// The service worker (dist/sw.js), written at build time with this build's file names, so
// the app starts without a network. What it caches is the app itself, never a customer:
// it leaves every request it does not know (the API, the hub) to the network untouched.
//   - Install: the shell (index.html, the JS, the loader, the main module, the CSS,
//     config.json) goes into this build's cache, index.html from the HTTP cache under the
//     registering page's own address; the manifest and its icon once the browser asks.
//   - Files with a hash in their name (chunks, languages): cache first, and cached as they
//     are fetched; the app also hands over those it fetched before the worker controlled it.
//   - Navigations, index.html and config.json: the network first (a deploy shows at once),
//     the cache after a short wait or when the network fails.
//   - A new build's worker waits until no tab runs the old one (it never takes over a page
//     in the middle of a form); the new build itself starts with the next online start,
//     since index.html comes from the network first. Activating, it drops older builds' caches.
import { createHash } from 'node:crypto';

/** The worker's source for a build whose shell is `shell` and whose hashed files are `files` (paths relative to the site root). */
export function serviceWorker({ shell, files, later = [] }) {
  const build = createHash('sha256').update(JSON.stringify({ shell, files, later })).digest('hex').slice(0, 16);
  return `// customer-desk's service worker, build ${build} (scripts/build/service-worker.mjs).
const BUILD = ${JSON.stringify(build)};
const SHELL = ${JSON.stringify(shell)};
const FILES = new Set(${JSON.stringify(files)});
// Kept as the browser asks for them (it does so only to install the app), not at install.
const LATER = ${JSON.stringify(later)};
const CACHE = 'customer-desk-' + BUILD;
const NETWORK_WAIT_MS = 3000;
const scope = new URL(self.registration.scope);
const path = (url) => url.pathname.startsWith(scope.pathname) ? url.pathname.slice(scope.pathname.length) : null;
const INDEX = 'index.html';
// Every route of the app is index.html; the API and the hub are never navigated to.
const isRoute = (name) => name !== null && !/^(api|dealpos|signalr)\\//.test(name);

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(SHELL.filter((name) => name !== INDEX && !LATER.includes(name)).map((name) => new URL(name, scope).href));
    await cache.put(new URL(INDEX, scope).href, await indexFromTheHttpCache());
  })());
});

// index.html came with the page that registered this worker, under that page's address
// (every route is index.html), and the browser's HTTP cache holds it there: asked for at
// that address it is only revalidated, where index.html's own address would download it
// again on every first visit.
async function indexFromTheHttpCache() {
  const [page] = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const url = page ? new URL(page.url) : null;
  if (url?.origin === scope.origin && isRoute(path(url))) {
    const response = await fetch(url.origin + url.pathname + url.search).catch(() => null);
    if (response?.ok && !response.redirected && response.headers.get('content-type')?.startsWith('text/html')) return response;
  }
  const response = await fetch(new URL(INDEX, scope).href);
  if (!response.ok) throw new Error('index.html: HTTP ' + response.status);
  return response;
}

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name.startsWith('customer-desk-') && name !== CACHE) await caches.delete(name);
    // The first worker takes the page that registered it; a later one has waited for every
    // tab of the old build to close, so no page is changed under a user's hands.
    await self.clients.claim();
  })());
});

// The app hands over the files it fetched before this worker controlled it.
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'customer-desk:keep' || !Array.isArray(event.data.urls)) return;
  const wanted = event.data.urls.filter((href) => { const url = new URL(href); return url.origin === scope.origin && FILES.has(path(url)); });
  event.waitUntil(caches.open(CACHE).then(async (cache) => {
    for (const href of wanted) if (!(await cache.match(href))) await cache.add(href).catch(() => {});
  }));
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const held = await cache.match(request);
  if (held) return held;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function networkFirst(request, key) {
  const cache = await caches.open(CACHE);
  const fromNetwork = fetch(request).then(async (response) => {
    if (response.ok) await cache.put(key, response.clone());
    return response;
  });
  fromNetwork.catch(() => {}); // a failure after the wait is answered from the cache
  const waited = new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS, null));
  try {
    const first = await Promise.race([fromNetwork, waited]);
    if (first) return first;
    return (await cache.match(key)) ?? (await fromNetwork);
  } catch (error) {
    const held = await cache.match(key);
    if (held) return held;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin) return;
  const name = path(url);
  if (request.mode === 'navigate') {
    if (!isRoute(name)) return;
    event.respondWith(networkFirst(request, new URL(INDEX, scope).href));
  } else if (name === INDEX || name === 'config.json') {
    event.respondWith(networkFirst(request, url.origin + url.pathname));
  } else if (FILES.has(name) || SHELL.includes(name)) {
    event.respondWith(cacheFirst(request));
  }
});
`;
}

/** The registration, appended to the main JS: once the page has loaded and is idle, so it never competes with the first rows. */
export const REGISTRATION = `;(() => {
  const workers = navigator.serviceWorker;
  if (!workers || !window.isSecureContext) return;
  const register = () => workers.register(new URL('sw.js', document.baseURI), { scope: new URL('./', document.baseURI).pathname })
    .then(() => workers.ready)
    .then((registration) => registration.active?.postMessage({
      type: 'customer-desk:keep',
      urls: performance.getEntriesByType('resource').map((entry) => entry.name),
    }))
    .catch(() => {});
  const idle = () => (window.requestIdleCallback ? requestIdleCallback(register, { timeout: 2000 }) : setTimeout(register, 200));
  if (document.readyState === 'complete') idle(); else addEventListener('load', idle, { once: true });
})();
`;
