/** Geocoder adapters: the local gazetteer and a Nominatim server's HTTP API, one chosen by configuration. */
package io.quartier.identity.infrastructure.geocoding;
