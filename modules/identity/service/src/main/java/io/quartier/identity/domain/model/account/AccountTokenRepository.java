package io.quartier.identity.domain.model.account;

import java.util.Optional;

/** The mailed tokens, by hash (port; {@code JpaAccountTokenRepository} is the adapter). */
public interface AccountTokenRepository {

    /** The token with this hash, locked until the transaction ends: it can be used once only. */
    Optional<AccountToken> lockByHash(String tokenHash);

    void add(AccountToken token);

    /** Removes every token of the account (it was deleted). */
    void removeOfAccount(long accountId);
}
