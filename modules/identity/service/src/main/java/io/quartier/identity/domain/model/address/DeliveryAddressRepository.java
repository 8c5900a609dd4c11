package io.quartier.identity.domain.model.address;

import java.util.List;

/** Customers' delivery addresses (port; {@code JpaDeliveryAddressRepository} is the adapter). */
public interface DeliveryAddressRepository {

    /** The account's addresses, oldest first. */
    List<DeliveryAddress> ofAccount(long accountId);

    /** Writes the new address at once, so that it has its id. */
    void add(DeliveryAddress address);

    void remove(DeliveryAddress address);
}
