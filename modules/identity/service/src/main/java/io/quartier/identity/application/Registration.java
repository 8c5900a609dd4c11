package io.quartier.identity.application;

import io.quartier.identity.api.AccountView;
import io.quartier.identity.api.NewCustomer;
import io.quartier.identity.api.event.AccountCreated;
import io.quartier.identity.domain.model.account.Account;
import io.quartier.identity.domain.model.account.AccountRepository;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.kernel.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Customer sign-up: the account and its AccountCreated event commit together or not at all. */
@ApplicationScoped
public class Registration {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing passwords;

    @Inject
    AccountEvents events;

    @Transactional
    public AccountView registerCustomer(NewCustomer customer) {
        if (accounts.byUsername(customer.username()).isPresent()) {
            throw ProblemException.conflict("problem.usernameTaken", "username " + customer.username() + " is taken");
        }
        Account account = new Account(customer.username(), passwords.hash(customer.password().toCharArray()),
                customer.displayName(), customer.email(), Roles.CUSTOMER, null,
                customer.locale() == null ? "en" : customer.locale(), customer.deliveryAddress());
        accounts.add(account);
        events.publish(new AccountCreated(account.getId(), account.getUsername(), account.getRole()));
        return Authentication.view(account);
    }
}
