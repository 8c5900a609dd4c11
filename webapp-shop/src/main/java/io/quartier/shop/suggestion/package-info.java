/**
 * The shop's side of the optional recommendation module: the one client that asks it (with short timeouts, a quiet
 * spell after a failure, and nothing shown when it does not answer) and the strip on the home and store pages. No
 * other class of the shop touches the module (ModuleBoundariesArchTest).
 */
package io.quartier.shop.suggestion;
