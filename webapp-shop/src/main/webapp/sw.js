/*
 * The shop's service worker (scope /shop/). It keeps the shell (style sheet, icons, the offline page in the reader's
 * language, named by ?lang= in this script's URL) and the last order page the customer saw, so that page is still
 * there without a network: pages go to the network first, and to the cache only when it does not answer. A page of an
 * anonymous visitor asks it to forget the kept order page (a shared device after logout).
 */
const params = new URL(self.location).searchParams;
const LANG = params.get('lang') || 'en';
const BASE = new URL('./', self.location).pathname;          // "/shop/"
const SHELL = 'quartier-shell-' + LANG;
const PAGES = 'quartier-pages';
const OFFLINE = BASE + 'offline?lang=' + LANG;
const LAST_ORDER = BASE + 'orders/last-seen';
const ORDER_PAGE = BASE + 'orders/order.xhtml';

self.addEventListener('install', event => {
    event.waitUntil(caches.open(SHELL)
        .then(cache => cache.addAll([OFFLINE, BASE + 'install.js', BASE + 'icons/icon-192.png', BASE + 'icons/icon-512.png']))
        .then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
    event.waitUntil(caches.keys()
        .then(keys => Promise.all(keys.filter(key => key.startsWith('quartier-shell-') && key !== SHELL)
            .map(key => caches.delete(key))))
        .then(() => self.clients.claim()));
});

self.addEventListener('message', event => {
    if (event.data === 'forget-pages') {
        event.waitUntil(caches.delete(PAGES));
    }
});

self.addEventListener('fetch', event => {
    const request = event.request;
    if (request.method !== 'GET') {
        return;
    }
    const url = new URL(request.url);
    if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) {
        return;
    }
    if (url.pathname === LAST_ORDER) {
        event.respondWith(caches.match(LAST_ORDER).then(kept => kept || caches.match(OFFLINE)));
    } else if (request.mode === 'navigate') {
        event.respondWith(fetch(request).then(response => {
            if (response.ok && url.pathname === ORDER_PAGE) {
                const copy = response.clone();
                caches.open(PAGES).then(cache => Promise.all([cache.put(request, copy.clone()), cache.put(LAST_ORDER, copy)]));
            }
            return response;
        }).catch(() => caches.match(request).then(kept => kept || caches.match(OFFLINE))));
    } else if (url.pathname.startsWith(BASE + 'jakarta.faces.resource/') || url.pathname.startsWith(BASE + 'icons/')
        || url.pathname === BASE + 'install.js') {
        event.respondWith(fetch(request).then(response => {
            if (response.ok) {
                const copy = response.clone();
                caches.open(SHELL).then(cache => cache.put(request, copy));
            }
            return response;
        }).catch(() => caches.match(request)));
    }
});
