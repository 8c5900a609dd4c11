/**
 * Inbound adapters of the broker: the module's own durable subscriptions to the core's topics, so that what was
 * published while the module was stopped or undeployed reaches it when it comes back.
 */
package io.quartier.recommendation.interfaces.messaging;
