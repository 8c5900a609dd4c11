package io.quartier.identity.infrastructure.persistence;

import io.quartier.identity.domain.model.account.AccountToken;
import io.quartier.identity.domain.model.account.AccountTokenRepository;
import io.quartier.kernel.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Mailed tokens in identity's own schema, through JPA. */
@ApplicationScoped
public class JpaAccountTokenRepository extends JpaRepository<AccountToken> implements AccountTokenRepository {

    @Override
    public Optional<AccountToken> lockByHash(String tokenHash) {
        return findForUpdate(AccountToken.class, tokenHash);
    }

    @Override
    public void removeOfAccount(long accountId) {
        em.createQuery("DELETE FROM AccountToken t WHERE t.accountId = :a").setParameter("a", accountId).executeUpdate();
    }
}
