/*
 * Makes the shop installable and usable offline: registers its service worker (sw.js), tells it the page's language and
 * shows the "offline" notice while the shop cannot be reached (the device has no network, or the page came from the
 * worker's cache because the server did not answer). A page seen by an anonymous visitor asks the worker to forget the
 * order page it kept for the last customer.
 */
(function () {
    const script = document.currentScript;
    const scope = script.dataset.scope;
    if ('serviceWorker' in navigator) {
        navigator.serviceWorker.register(script.dataset.worker, {scope: scope})
            .then(() => navigator.serviceWorker.ready)
            .then(registration => {
                registration.active.postMessage({language: document.documentElement.lang});
                if (script.dataset.signedIn !== 'true') {
                    registration.active.postMessage('forget-pages');
                }
            }).catch(error => console.warn('the shop works without its service worker here:', error));
    }
    function show(offline) {
        const notice = document.getElementById('q-offline');
        if (notice) {
            notice.hidden = !offline;
        }
    }
    function check() {
        if (!navigator.onLine) {
            show(true);
            return;
        }
        fetch(scope + 'quartier-served.txt', {cache: 'no-store'})
            .then(response => show(!response.ok), () => show(true));
    }
    window.addEventListener('online', check);
    window.addEventListener('offline', check);
    document.addEventListener('DOMContentLoaded', check);
})();
