package io.quartier.delivery.domain.model.courier;

/** Whether a courier takes work now: only an online courier is offered jobs. */
public enum Availability { ONLINE, ON_BREAK, OFFLINE }
