package io.quartier.identity.infrastructure.persistence;

import io.quartier.identity.domain.model.session.RefreshToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class RefreshTokenRepository {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    /** The token with this hash, locked until the transaction ends: two refreshes with one token run one at a time. */
    public Optional<RefreshToken> lockByHash(String tokenHash) {
        return Optional.ofNullable(em.find(RefreshToken.class, tokenHash, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<RefreshToken> family(String family) {
        return em.createQuery("SELECT t FROM RefreshToken t WHERE t.family = :f", RefreshToken.class)
                .setParameter("f", family)
                .getResultList();
    }

    public void add(RefreshToken token) {
        em.persist(token);
    }
}
