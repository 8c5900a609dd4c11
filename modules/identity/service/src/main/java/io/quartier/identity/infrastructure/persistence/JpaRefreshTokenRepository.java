package io.quartier.identity.infrastructure.persistence;

import io.quartier.identity.domain.model.session.RefreshToken;
import io.quartier.identity.domain.model.session.RefreshTokenRepository;
import io.quartier.kernel.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRefreshTokenRepository extends JpaRepository<RefreshToken> implements RefreshTokenRepository {

    @Override
    public Optional<RefreshToken> lockByHash(String tokenHash) {
        return findForUpdate(RefreshToken.class, tokenHash);
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
    public void removeOfAccount(long accountId) {
        em.createQuery("DELETE FROM RefreshToken t WHERE t.accountId = :a").setParameter("a", accountId).executeUpdate();
    }
}
