/*
 * A two-note chime for what needs a person's attention at once (a new order in the kitchen, a job offered to a
 * courier). Browsers play sound only after the person has clicked on the page, so a page offers a button that calls
 * Quartier.enableChime(button); Quartier.chime() then plays, and does nothing while sound is off.
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
})();
