/*
 * The courier app's helpers: a countdown on each offer (every element with data-expires, an ISO instant, shows the
 * seconds left and gets q-late when the offer has lapsed), and a vibration when a new offer appears.
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
