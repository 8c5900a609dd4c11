package io.quartier.identity.domain.model.account;

import java.util.Optional;

/** Identity's accounts, kept in its own database (port; {@code JpaAccountRepository} is the adapter). */
public interface AccountRepository {

    Optional<Account> byUsername(String username);

    Optional<Account> byId(long id);

    /** The account with this e-mail address, compared without case. */
    Optional<Account> byEmail(String email);

    /** Writes the new account at once, so that it has its id. */
    void add(Account account);
}
