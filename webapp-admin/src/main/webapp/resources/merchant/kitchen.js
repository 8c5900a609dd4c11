/*
 * The order queue's kitchen helpers: a countdown to each order's acceptance deadline (every element with
 * data-deadline, an ISO instant, shows mm:ss left and gets q-late when it has passed), and a chime when a new order
 * arrives. Browsers play sound only after the person has clicked on the page, so the chime is switched on by the
 * queue's sound button.
 */
window.Quartier = window.Quartier || {};
(function () {
    var audio = null;

    Quartier.enableChime = function (button) {
        var Context = window.AudioContext || window.webkitAudioContext;
        if (!Context) {
            return;
        }
        audio = audio || new Context();
        audio.resume();
        button.setAttribute('aria-pressed', 'true');
        Quartier.chime();
    };

    Quartier.chime = function () {
        if (!audio) {
            return;
        }
        [0, 0.18].forEach(function (delay, i) {
            var tone = audio.createOscillator();
            var gain = audio.createGain();
            tone.frequency.value = i === 0 ? 880 : 1320;
            gain.gain.setValueAtTime(0.2, audio.currentTime + delay);
            gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + delay + 0.15);
            tone.connect(gain).connect(audio.destination);
            tone.start(audio.currentTime + delay);
            tone.stop(audio.currentTime + delay + 0.16);
        });
    };

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
