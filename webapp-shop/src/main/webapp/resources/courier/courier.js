/*
 * The courier app's helpers: a countdown on each offer (every element with data-expires, an ISO instant, shows the
 * seconds left and gets q-late when the offer has lapsed), and a vibration and a chime (quartier/chime.js, once the
 * courier switched sound on) when a new offer appears.
 */
(function () {
    var seen = {};

    function tick() {
        var now = Date.now();
        document.querySelectorAll('[data-expires]').forEach(function (el) {
            var expires = Date.parse(el.getAttribute('data-expires'));
            if (isNaN(expires)) {
                return;
            }
            var id = el.getAttribute('data-test');
            if (!seen[id]) {
                seen[id] = true;
                if (navigator.vibrate) {
                    navigator.vibrate([200, 100, 200]);
                }
                if (window.Quartier && Quartier.chime) {
                    Quartier.chime();
                }
            }
            var left = Math.max(0, Math.ceil((expires - now) / 1000));
            var text = String(left);
            if (el.textContent !== text) {
                el.textContent = text;
            }
            el.classList.toggle('q-late', left === 0);
        });
    }

    setInterval(tick, 1000);
    document.addEventListener('DOMContentLoaded', tick);
})();

/*
 * The courier's position: the phone's, every few seconds while the page is open, sent through the page's remote
 * command "reportPosition". QuartierCourier.report(lat, lon) sends one by hand (for browsers without geolocation,
 * and for tests).
 */
window.QuartierCourier = (function () {
    var EVERY_MS = 5000;
    var last = 0;

    function report(lat, lon, accuracy) {
        if (typeof window.reportPosition !== 'function') {
            return false;
        }
        last = Date.now();
        window.reportPosition([{name: 'lat', value: String(lat)}, {name: 'lon', value: String(lon)},
            {name: 'accuracy', value: accuracy == null ? '' : String(accuracy)}]);
        return true;
    }

    function watch() {
        if (!navigator.geolocation || typeof window.reportPosition !== 'function') {
            return;
        }
        navigator.geolocation.watchPosition(function (fix) {
            if (Date.now() - last >= EVERY_MS) {
                report(fix.coords.latitude, fix.coords.longitude, fix.coords.accuracy);
            }
        }, function () {
        }, {enableHighAccuracy: true, maximumAge: EVERY_MS, timeout: 20000});
    }

    document.addEventListener('DOMContentLoaded', watch);
    return {report: report};
})();
