/**
 * The shop as an installable app: its web manifest, the page its service worker shows offline ({@code /sw.js} keeps the
 * shell and the last order page seen).
 */
package io.quartier.shop.install;
