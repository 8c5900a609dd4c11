package io.quartier.identity.infrastructure.persistence;

import io.quartier.identity.domain.model.session.RefreshToken;
import io.quartier.identity.domain.model.session.RefreshTokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRefreshTokenRepository implements RefreshTokenRepository {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Override
    public Optional<RefreshToken> lockByHash(String tokenHash) {
        return Optional.ofNullable(em.find(RefreshToken.class, tokenHash, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<RefreshToken> family(String family) {
        return em.createQuery("SELECT t FROM RefreshToken t WHERE t.family = :f", RefreshToken.class)
                .setParameter("f", family)
                .getResultList();
    }

    @Override
    public List<RefreshToken> ofAccount(long accountId) {
        return em.createQuery("SELECT t FROM RefreshToken t WHERE t.accountId = :a", RefreshToken.class)
                .setParameter("a", accountId)
                .getResultList();
    }

    @Override
    public void add(RefreshToken token) {
        em.persist(token);
    }

    @Override
    public void removeOfAccount(long accountId) {
        em.createQuery("DELETE FROM RefreshToken t WHERE t.accountId = :a").setParameter("a", accountId).executeUpdate();
    }
}
