// The analyst page's only script: "play" follows the "next" link on a timer until the last step or a pause, and the
// scrubber moves to its step as soon as it is let go. Everything works without it (links and a Go button).
(function () {
    'use strict';

    var STEP_INTERVAL_MS = 1500;
    var timer = null;

    function playButton() {
        return document.getElementById('play');
    }

    function showPlaying() {
        var button = playButton();
        if (!button) {
            return;
        }
        button.hidden = false;
        button.setAttribute('aria-pressed', timer ? 'true' : 'false');
        button.textContent = timer ? '\u23F8 Pause' : '\u25B6 Play';
        var go = document.getElementById('scrubber-go');
        if (go) {
            // the scrubber moves on release, with script; the button stays for keyboards that prefer it
            go.classList.add('secondary');
        }
    }

    var PLAYING = 'negotiation-tracker.playing';

    function stop() {
        window.sessionStorage.removeItem(PLAYING);
        if (timer) {
            window.clearInterval(timer);
            timer = null;
        }
        showPlaying();
    }

    function step() {
        var next = document.getElementById('step-next');
        if (!next) {
            stop();
            return;
        }
        next.click();
    }

    function play() {
        if (!document.getElementById('step-next')) {
            stop();
            return;
        }
        window.sessionStorage.setItem(PLAYING, 'true');
        timer = window.setInterval(step, STEP_INTERVAL_MS);
        showPlaying();
    }

    function start() {
        showPlaying();
        // a step that loaded a whole page (no htmx) ends the timer with the old page: go on playing here
        if (!timer && window.sessionStorage.getItem(PLAYING) === 'true') {
            play();
        }
    }

    document.addEventListener('click', function (event) {
        var target = event.target instanceof Element ? event.target.closest('#play') : null;
        if (target) {
            event.preventDefault();
            if (timer) {
                stop();
            } else {
                play();
            }
        }
    });

    document.addEventListener('change', function (event) {
        if (event.target instanceof Element && event.target.id === 'scrubber-step') {
            stop();
            event.target.form.requestSubmit();
        }
    });

    document.addEventListener('input', function (event) {
        if (event.target instanceof Element && event.target.id === 'scrubber-step') {
            var number = document.getElementById('step-number');
            if (number) {
                number.textContent = event.target.value;
            }
        }
    });

    // htmx replaced the block with the button: show it again, in the state the timer is in
    document.addEventListener('htmx:afterSettle', showPlaying);
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
