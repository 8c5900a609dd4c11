package io.quartier.identity.application;

import io.quartier.identity.api.AccountView;
import io.quartier.identity.domain.model.account.Account;
import io.quartier.identity.domain.model.account.AccountRepository;
import io.quartier.identity.domain.model.address.DeliveryAddress;
import io.quartier.identity.domain.model.address.DeliveryAddressRepository;
import io.quartier.kernel.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Accounts as their owner and the platform's staff read them. */
@ApplicationScoped
public class Accounts {

    @Inject
    AccountRepository accounts;

    @Inject
    DeliveryAddressRepository addresses;

    /**
     * 404 {@code problem.notFound} when there is none, or it was deleted. Its delivery address is the line of its
     * default address, else the one given at sign-up.
     */
    @Transactional
    public AccountView byId(long id) {
        AccountView account = Authentication.view(live(accounts.byId(id), id));
        return addresses.ofAccount(id).stream().filter(DeliveryAddress::isDefault).findFirst()
                .map(a -> new AccountView(account.id(), account.username(), account.displayName(), account.email(),
                        account.roles(), account.merchantId(), account.locale(), a.getLine()))
                .orElse(account);
    }

    /** The account, unless it is missing or deleted: 404 {@code problem.notFound} then. */
    static Account live(Optional<Account> account, long id) {
        return account.filter(a -> !a.isDeleted()).orElseThrow(() -> DomainException.notFound("account", id));
    }
}
