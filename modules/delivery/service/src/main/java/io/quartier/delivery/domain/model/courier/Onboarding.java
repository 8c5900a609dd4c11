package io.quartier.delivery.domain.model.courier;

/** Where a courier's onboarding stands: only an APPROVED courier goes online and gets offers. */
public enum Onboarding { PENDING, APPROVED, SUSPENDED }
