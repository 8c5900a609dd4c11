/** Browser-side defences every web shell gets: security headers on every answer, and its session cookie's flags. */
package io.quartier.ui.security;
