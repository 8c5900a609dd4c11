package io.quartier.identity.application;

import io.quartier.identity.api.AccountView;
import io.quartier.identity.domain.model.account.AccountRepository;
import io.quartier.kernel.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Accounts as their owner and the platform's staff read them. */
@ApplicationScoped
public class Accounts {

    @Inject
    AccountRepository accounts;

    /** 404 {@code problem.notFound} when there is none. */
    public AccountView byId(long id) {
        return accounts.byId(id).map(Authentication::view).orElseThrow(() -> DomainException.notFound("account", id));
    }
}
