/**
 * Inbound adapters of the broker: promotion's durable subscription to ordering's topic, which confirms an order's
 * uses when it is placed and gives them back when it is cancelled or rejected.
 */
package io.quartier.promotion.interfaces.messaging;
