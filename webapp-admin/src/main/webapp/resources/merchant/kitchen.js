/*
 * The order queue's kitchen helpers: a countdown to each order's acceptance deadline (every element with
 * data-deadline, an ISO instant, shows mm:ss left and gets q-late when it has passed). The chime for a new order is
 * quartier/chime.js, switched on by the queue's sound button.
 */
window.Quartier = window.Quartier || {};
(function () {
    function tick() {
        var now = Date.now();
        document.querySelectorAll('[data-deadline]').forEach(function (el) {
            var deadline = Date.parse(el.getAttribute('data-deadline'));
            if (isNaN(deadline)) {
                return;
            }
            var left = Math.max(0, Math.floor((deadline - now) / 1000));
            var text = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
            if (el.textContent !== text) {
                el.textContent = text;
            }
            el.classList.toggle('q-late', left === 0);
        });
    }

    setInterval(tick, 1000);
    document.addEventListener('DOMContentLoaded', tick);
})();
