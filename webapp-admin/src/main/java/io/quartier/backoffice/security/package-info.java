/** Form login for the back office and where each role lands after it. */
package io.quartier.backoffice.security;
