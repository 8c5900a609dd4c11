/**
 * What both web shells share, knowing no context but identity: login, the locale choice, REST clients for the api
 * interfaces a webapp injects ({@link io.quartier.ui.ServiceClients}), and calls whose problems become translated
 * messages ({@link io.quartier.ui.ServiceCall}).
 */
package io.quartier.ui;
