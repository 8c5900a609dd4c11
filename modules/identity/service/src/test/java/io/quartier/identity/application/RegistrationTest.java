package io.quartier.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.identity.api.AccountView;
import io.quartier.identity.api.NewCustomer;
import io.quartier.identity.api.event.AccountCreated;
import io.quartier.identity.domain.model.account.Account;
import io.quartier.identity.domain.model.account.AccountRepository;
import io.quartier.kernel.event.DomainEvent;
import io.quartier.kernel.problem.ProblemException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    private final Accounts accounts = new Accounts();
    private final List<DomainEvent> events = new ArrayList<>();
    private final Registration registration = new Registration();

    RegistrationTest() {
        registration.accounts = accounts;
        registration.events = events::add;
        registration.passwords = new PasswordHashing() {
            @Override
            public String hash(char[] password) {
                return "hashed:" + password.length;
            }
        };
    }

    @Test
    void aNewCustomerGetsAnAccountAndItIsAnnounced() {
        AccountView created = registration.registerCustomer(customer("alice"));

        assertEquals("alice", created.username());
        assertEquals("hashed:13", accounts.byId(created.id()).orElseThrow().getPasswordHash());
        assertEquals(List.of(new AccountCreated(created.id(), "alice", "CUSTOMER")), events);
    }

    @Test
    void aTakenUsernameIsRefusedAndNothingIsAnnounced() {
        registration.registerCustomer(customer("alice"));
        events.clear();

        ProblemException refused = assertThrows(ProblemException.class,
                () -> registration.registerCustomer(customer("alice")));

        assertEquals(409, refused.status());
        assertEquals("problem.usernameTaken", refused.code());
        assertTrue(events.isEmpty());
    }

    private static NewCustomer customer(String username) {
        return new NewCustomer(username, "correct horse", "Alice", username + "@example.org", null, "2 rue Y");
    }

    /** Accounts in a map, numbered as the database would. */
    private static final class Accounts implements AccountRepository {

        private final Map<Long, Account> byId = new HashMap<>();

        @Override
        public Optional<Account> byUsername(String username) {
            return byId.values().stream().filter(a -> a.getUsername().equals(username)).findFirst();
        }

        @Override
        public Optional<Account> byId(long id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public void add(Account account) {
            long id = byId.size() + 1L;
            try {
                Field field = Account.class.getDeclaredField("id");
                field.setAccessible(true);
                field.set(account, id);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            byId.put(id, account);
        }
    }
}
