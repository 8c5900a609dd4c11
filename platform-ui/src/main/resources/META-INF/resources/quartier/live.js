/*
 * Live updates: one socket per page to the webapp's /live endpoint. Every message runs the page's
 * p:remoteCommand with "liveEvent" and "liveId"; every reconnection runs it with event "open" so that the page
 * catches up on what it missed while disconnected (not the first connection: the page was just rendered, and
 * re-rendering it under the user's fingers would only get in the way). Closed sockets are reopened with a growing delay, except after 1008
 * (the token died with the session). <html data-live> says "connected" or "disconnected".
 * Pushes of the event types in "coalesce" (or of any type, with "*") run the command at most once every "interval"
 * milliseconds, the last of them at the end of the interval: a page that re-reads everything on each of them (a
 * board of many moving couriers) re-renders once an interval, not on every position.
 */
window.Quartier = window.Quartier || {};
Quartier.live = function (path, command, coalesce, interval) {
    var delay = 1000;
    var connectedBefore = false;
    var root = document.documentElement;
    var gathered = (coalesce || '').split(/[\s,]+/).filter(function (type) { return type; });
    var every = interval > 0 ? interval : 2000;
    var lastRun = 0;
    var latest = null;
    var timer = null;

    function deliver(event, id) {
        if (gathered.indexOf('*') < 0 && gathered.indexOf(event) < 0) {
            run(event, id);
            return;
        }
        latest = {event: event, id: id};
        if (timer === null) {
            timer = setTimeout(function () {
                timer = null;
                lastRun = Date.now();
                run(latest.event, latest.id);
            }, Math.max(0, lastRun + every - Date.now()));
        }
    }

    function run(event, id) {
        var remoteCommand = window[command];
        if (typeof remoteCommand === 'function') {
            remoteCommand([{name: 'liveEvent', value: event}, {name: 'liveId', value: id == null ? '' : String(id)}]);
        }
    }

    function connect() {
        var socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + path);
        socket.onopen = function () {
            delay = 1000;
            root.setAttribute('data-live', 'connected');
            if (connectedBefore) {
                run('open');
            }
            connectedBefore = true;
        };
        socket.onmessage = function (message) {
            var data = JSON.parse(message.data);
            deliver(data.event, data.id);
        };
        socket.onclose = function (closed) {
            root.setAttribute('data-live', 'disconnected');
            if (closed.code !== 1008) {
                setTimeout(connect, delay);
                delay = Math.min(delay * 2, 30000);
            }
        };
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', connect);
    } else {
        connect();
    }
};
