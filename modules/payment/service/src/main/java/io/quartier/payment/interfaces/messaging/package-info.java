/** Inbound adapters of the broker: message-driven beans that take other contexts' events to the use cases. */
package io.quartier.payment.interfaces.messaging;
