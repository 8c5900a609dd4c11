package io.quartier.identity.application;

import io.quartier.identity.api.AddressInput;
import io.quartier.identity.api.AddressView;
import io.quartier.identity.application.Geocoder.Place;
import io.quartier.identity.domain.model.account.AccountRepository;
import io.quartier.identity.domain.model.address.DeliveryAddress;
import io.quartier.identity.domain.model.address.DeliveryAddressRepository;
import io.quartier.kernel.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * A customer's delivery addresses: at most {@value #MOST} of them, and while there are any, exactly one is the default
 * (the first one, then the one chosen; when the default goes, the oldest left). The caller places the address line
 * first ({@link Places#locate}), outside the transaction. Changes run with the account locked, so that two at once
 * cannot pass the limit or leave two defaults. Another customer's address is "not found", as an unknown one.
 */
@ApplicationScoped
public class AddressBook {

    static final int MOST = 20;

    @Inject
    AccountRepository accounts;

    @Inject
    DeliveryAddressRepository addresses;

    Clock clock = Clock.systemUTC();

    /** The default first, then the others, oldest first. */
    @Transactional
    public List<AddressView> of(long accountId) {
        Accounts.live(accounts.byId(accountId), accountId);
        return addresses.ofAccount(accountId).stream()
                .sorted(Comparator.comparing((DeliveryAddress a) -> !a.isDefault()).thenComparing(DeliveryAddress::getId))
                .map(AddressBook::view).toList();
    }

    /** 409 {@code problem.address.tooMany} when the account has {@value #MOST} already. */
    @Transactional
    public AddressView add(long accountId, AddressInput input, Place place) {
        Accounts.live(accounts.lockById(accountId), accountId);
        List<DeliveryAddress> mine = addresses.ofAccount(accountId);
        if (mine.size() >= MOST) {
            throw DomainException.conflict("problem.address.tooMany", "an account keeps at most " + MOST + " addresses");
        }
        DeliveryAddress address = new DeliveryAddress(accountId, input.label().strip(), input.line().strip(),
                place.latitude(), place.longitude(), clock.instant());
        addresses.add(address);
        if (input.defaultAddress() || mine.isEmpty()) {
            makeDefault(mine, address);
        }
        return view(address);
    }

    /** Changes the address; {@code defaultAddress} makes it the default (unticking it changes nothing). */
    @Transactional
    public AddressView change(long accountId, long addressId, AddressInput input, Place place) {
        Accounts.live(accounts.lockById(accountId), accountId);
        List<DeliveryAddress> mine = addresses.ofAccount(accountId);
        DeliveryAddress address = owned(mine, addressId);
        address.change(input.label().strip(), input.line().strip(), place.latitude(), place.longitude());
        if (input.defaultAddress()) {
            makeDefault(mine, address);
        }
        return view(address);
    }

    @Transactional
    public void remove(long accountId, long addressId) {
        Accounts.live(accounts.lockById(accountId), accountId);
        List<DeliveryAddress> mine = addresses.ofAccount(accountId);
        DeliveryAddress address = owned(mine, addressId);
        addresses.remove(address);
        List<DeliveryAddress> left = mine.stream().filter(a -> a != address).toList();
        if (address.isDefault() && !left.isEmpty()) {
            makeDefault(left, left.stream().min(Comparator.comparing(DeliveryAddress::getId)).orElseThrow());
        }
    }

    private static DeliveryAddress owned(List<DeliveryAddress> mine, long addressId) {
        return mine.stream().filter(a -> a.getId() == addressId).findFirst()
                .orElseThrow(() -> DomainException.notFound("address", addressId));
    }

    private static void makeDefault(List<DeliveryAddress> others, DeliveryAddress chosen) {
        others.forEach(a -> a.makeDefault(false));
        chosen.makeDefault(true);
    }

    static AddressView view(DeliveryAddress a) {
        return new AddressView(a.getId(), a.getLabel(), a.getLine(), a.getLatitude(), a.getLongitude(), a.isDefault());
    }
}
