/*
 * The shop's service worker (scope /shop/). It keeps the shell (style sheet, scripts, icons, the offline page in each
 * language) and the last order page the customer saw, so that page is still there without a network: pages go to the
 * network first, and to the cache only when it does not answer. Pages tell it their language (a message), which it
 * keeps, so the offline page speaks the reader's language; a page of an anonymous visitor asks it to forget the kept
 * order page (a shared device after logout). Its URL never changes, so switching language never reinstalls it.
 */
const BASE = new URL('./', self.location).pathname;          // "/shop/"
const LANGUAGES = ['en', 'fr', 'es', 'de', 'ar'];
const SHELL = 'quartier-shell-v1';
const PAGES = 'quartier-pages';
const SETTINGS = 'quartier-settings';
const LANGUAGE = BASE + 'settings/language';
const LAST_ORDER = BASE + 'orders/last-seen';
const ORDER_PAGE = BASE + 'orders/order.xhtml';

self.addEventListener('install', event => {
    event.waitUntil(caches.open(SHELL)
        .then(cache => cache.addAll(LANGUAGES.map(language => BASE + 'offline?lang=' + language)
            .concat([BASE + 'install.js', BASE + 'icons/icon-192.png', BASE + 'icons/icon-512.png'])))
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
    } else if (event.data && LANGUAGES.includes(event.data.language)) {
        event.waitUntil(caches.open(SETTINGS).then(cache => cache.put(LANGUAGE, new Response(event.data.language))));
    }
});

/** The offline page in the language the reader's pages last spoke. */
function offlinePage() {
    return caches.match(LANGUAGE).then(kept => kept ? kept.text() : 'en')
        .then(language => caches.match(BASE + 'offline?lang=' + (LANGUAGES.includes(language) ? language : 'en')));
}

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
        event.respondWith(caches.match(LAST_ORDER).then(kept => kept || offlinePage()));
    } else if (request.mode === 'navigate') {
        event.respondWith(fetch(request).then(response => {
            if (response.ok && url.pathname === ORDER_PAGE) {
                const copy = response.clone();
                caches.open(PAGES).then(cache => Promise.all([cache.put(request, copy.clone()), cache.put(LAST_ORDER, copy)]));
            }
            return response;
        }).catch(() => caches.match(request).then(kept => kept || offlinePage())));
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
