package io.quartier.identity.infrastructure.persistence;

import io.quartier.identity.domain.model.account.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class AccountRepository {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    public Optional<Account> byUsername(String username) {
        return em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst();
    }

    public Optional<Account> byId(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public void add(Account account) {
        em.persist(account);
        em.flush();
    }
}
