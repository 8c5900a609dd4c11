package io.quartier.identity.domain.model.account;

import java.util.Optional;

/** Identity's accounts, kept in its own database (port; {@code JpaAccountRepository} is the adapter). */
public interface AccountRepository {

    Optional<Account> byUsername(String username);

    Optional<Account> byId(long id);

    /** The account, locked until the transaction ends: changes to it and to its addresses run one at a time. */
    Optional<Account> lockById(long id);

    /** The account with this e-mail address, compared without case. */
    Optional<Account> byEmail(String email);

    /**
     * Holds a username and an e-mail address until the transaction ends: a second sign-up with either waits, then
     * finds the account the first one made (instead of both passing the check and one failing on the unique key).
     */
    void lockNames(String username, String email);

    /** Writes the new account at once, so that it has its id. */
    void add(Account account);
}
