/** Live updates: message-driven beans on the event topics, pushing to open pages through {@link io.quartier.ui.live.LiveChannels}. */
package io.quartier.shop.push;
