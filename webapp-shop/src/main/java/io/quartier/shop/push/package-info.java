/**
 * Live updates: message-driven beans on the event topics, each naming the topic and the id an event is pushed with
 * ({@link io.quartier.ui.live.LivePush}).
 */
package io.quartier.shop.push;
