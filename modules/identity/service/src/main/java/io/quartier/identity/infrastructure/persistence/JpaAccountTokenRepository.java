package io.quartier.identity.infrastructure.persistence;

import io.quartier.identity.domain.model.account.AccountToken;
import io.quartier.identity.domain.model.account.AccountTokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Mailed tokens in identity's own schema, through JPA. */
@ApplicationScoped
public class JpaAccountTokenRepository implements AccountTokenRepository {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Override
    public Optional<AccountToken> lockByHash(String tokenHash) {
        return Optional.ofNullable(em.find(AccountToken.class, tokenHash, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(AccountToken token) {
        em.persist(token);
    }

    @Override
    public void removeOfAccount(long accountId) {
        em.createQuery("DELETE FROM AccountToken t WHERE t.accountId = :a").setParameter("a", accountId).executeUpdate();
    }
}
