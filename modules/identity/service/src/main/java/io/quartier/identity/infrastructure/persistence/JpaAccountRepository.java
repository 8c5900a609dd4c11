package io.quartier.identity.infrastructure.persistence;

import io.quartier.identity.domain.model.account.Account;
import io.quartier.identity.domain.model.account.AccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Accounts in identity's own schema, through JPA. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Override
    public Optional<Account> byUsername(String username) {
        return em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Account> byId(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public Optional<Account> lockById(long id) {
        return Optional.ofNullable(em.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Account> byEmail(String email) {
        return em.createQuery("SELECT a FROM Account a WHERE LOWER(a.email) = :e", Account.class)
                .setParameter("e", email.toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    /** PostgreSQL transaction-level advisory locks, taken in a fixed order so that two sign-ups never deadlock. */
    @Override
    public void lockNames(String username, String email) {
        List<String> names = Stream.of("username:" + username.toLowerCase(Locale.ROOT),
                "email:" + email.toLowerCase(Locale.ROOT)).sorted().toList();
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1)), pg_advisory_xact_lock(hashtext(?2))")
                .setParameter(1, names.get(0))
                .setParameter(2, names.get(1))
                .getSingleResult();
    }

    @Override
    public void add(Account account) {
        em.persist(account);
        em.flush();
    }
}
