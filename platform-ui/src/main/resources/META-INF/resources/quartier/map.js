/*
 * Maps over Leaflet: Quartier.map('id') draws the places of the element's data-points (JSON: lat, lon, kind, label)
 * as labelled circles (no marker images), with the tiles of data-tiles when there are some, on a plain background
 * otherwise; it fits the view to the places. Called again after an update, it redraws the same map. Without Leaflet
 * (blocked or failed to load) it does nothing: the page's lists and navigation links stay.
 */
window.Quartier = window.Quartier || {};
(function () {
    var maps = {};
    var colours = {courier: '#0b6bcb', pickup: '#b35c00', dropoff: '#1a7f37', job: '#8250df'};

    Quartier.map = function (id) {
        var el = document.getElementById(id);
        if (!el || typeof L === 'undefined') {
            return;
        }
        var points = [];
        try {
            points = JSON.parse(el.getAttribute('data-points') || '[]');
        } catch (e) {
            points = [];
        }
        var entry = maps[id];
        if (!entry || entry.el !== el) {
            if (entry) {
                entry.map.remove();
            }
            var map = L.map(el, {attributionControl: true});
            var tiles = el.getAttribute('data-tiles');
            if (tiles) {
                L.tileLayer(tiles, {maxZoom: 19, attribution: el.getAttribute('data-attribution') || ''}).addTo(map);
            }
            entry = maps[id] = {el: el, map: map, layer: L.layerGroup().addTo(map)};
        }
        entry.layer.clearLayers();
        var bounds = [];
        points.forEach(function (p) {
            var marker = L.circleMarker([p.lat, p.lon], {
                radius: p.kind === 'courier' ? 9 : 7, color: colours[p.kind] || '#444', weight: 3, fillOpacity: 0.6
            }).addTo(entry.layer);
            if (p.label) {
                marker.bindTooltip(p.label, {permanent: true, direction: 'right'});
            }
            bounds.push([p.lat, p.lon]);
        });
        el.setAttribute('data-shown', String(points.length));
        if (bounds.length === 1) {
            entry.map.setView(bounds[0], 15);
        } else if (bounds.length > 1) {
            entry.map.fitBounds(bounds, {padding: [24, 24], maxZoom: 16});
        } else {
            entry.map.setView([0, 0], 1);
        }
    };
})();
