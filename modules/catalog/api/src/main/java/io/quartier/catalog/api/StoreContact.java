package io.quartier.catalog.api;

/**
 * How customers reach a store and how far it delivers: {@code deliveryRadiusMetres} from its coordinates
 * (100 to 50 000; null for the platform's default). Blank phone or e-mail removes it.
 */
public record StoreContact(String phone, String email, Integer deliveryRadiusMetres) {
}
