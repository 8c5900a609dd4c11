package io.quartier.identity.domain.model.session;

import java.util.List;
import java.util.Optional;

/** The logins' refresh tokens, by hash (port; {@code JpaRefreshTokenRepository} is the adapter). */
public interface RefreshTokenRepository {

    /** The token with this hash, locked until the transaction ends: two refreshes with one token run one at a time. */
    Optional<RefreshToken> lockByHash(String tokenHash);

    /** Every token of one login. */
    List<RefreshToken> family(String family);

    /** Every token of every login of one account. */
    List<RefreshToken> ofAccount(long accountId);

    void add(RefreshToken token);

    /** Removes every token of the account (it was deleted). */
    void removeOfAccount(long accountId);
}
