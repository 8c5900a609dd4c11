package io.quartier.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.identity.api.AddressInput;
import io.quartier.identity.api.AddressView;
import io.quartier.identity.application.Geocoder.Place;
import io.quartier.identity.domain.model.account.Account;
import io.quartier.kernel.domain.DomainException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AddressBookTest {

    private static final Place PARIS = new Place("Paris", 48.8566, 2.3522);

    private final Fakes.Accounts accounts = new Fakes.Accounts();
    private final Fakes.Addresses addresses = new Fakes.Addresses();
    private final AddressBook book = new AddressBook();
    private long mine;
    private long theirs;

    @BeforeEach
    void accounts() {
        book.accounts = accounts;
        book.addresses = addresses;
        book.clock = new Fakes.MovableClock();
        accounts.add(new Account("ida", "hash", "Ida", "ida@example.org", "CUSTOMER", null, "en", null));
        accounts.add(new Account("max", "hash", "Max", "max@example.org", "CUSTOMER", null, "de", null));
        mine = 1;
        theirs = 2;
    }

    @Test
    void theFirstAddressIsTheDefaultAndAChosenOneTakesOver() {
        AddressView home = book.add(mine, input("Home", false), PARIS);
        assertTrue(home.defaultAddress());
        AddressView work = book.add(mine, input("Work", true), PARIS);

        assertEquals(List.of(work.id(), home.id()), ids(book.of(mine)), "the default first");
        assertEquals(1, book.of(mine).stream().filter(AddressView::defaultAddress).count());
    }

    @Test
    void uncheckingTheDefaultKeepsIt() {
        AddressView home = book.add(mine, input("Home", false), PARIS);
        book.add(mine, input("Work", false), PARIS);

        book.change(mine, home.id(), input("Home again", false), PARIS);

        assertTrue(book.of(mine).get(0).defaultAddress());
        assertEquals("Home again", book.of(mine).get(0).label());
    }

    @Test
    void whenTheDefaultGoesTheOldestLeftIsIt() {
        AddressView home = book.add(mine, input("Home", false), PARIS);
        AddressView work = book.add(mine, input("Work", false), PARIS);
        book.add(mine, input("Gym", true), PARIS);
        AddressView gym = book.of(mine).get(0);

        book.remove(mine, gym.id());

        assertEquals(List.of(home.id(), work.id()), ids(book.of(mine)));
        assertTrue(book.of(mine).get(0).defaultAddress());
    }

    @Test
    void anotherCustomersAddressIsNotFound() {
        AddressView home = book.add(mine, input("Home", false), PARIS);

        DomainException changed = assertThrows(DomainException.class,
                () -> book.change(theirs, home.id(), input("Mine now", true), PARIS));
        assertEquals(DomainException.Kind.NOT_FOUND, changed.kind());
        assertThrows(DomainException.class, () -> book.remove(theirs, home.id()));
        assertEquals("Home", book.of(mine).get(0).label());
        assertEquals(List.of(), book.of(theirs));
    }

    @Test
    void keepsAtMostTwentyAddresses() {
        for (int i = 0; i < AddressBook.MOST; i++) {
            book.add(mine, input("Place " + i, false), PARIS);
        }
        DomainException refused = assertThrows(DomainException.class, () -> book.add(mine, input("More", false), PARIS));
        assertEquals("problem.address.tooMany", refused.code());
        assertEquals(AddressBook.MOST, book.of(mine).size());
    }

    @Test
    void aDeletedAccountHasNoAddressBook() {
        accounts.byId(mine).orElseThrow().erase("random-hash", java.time.Instant.now());
        assertThrows(DomainException.class, () -> book.of(mine));
        assertThrows(DomainException.class, () -> book.add(mine, input("Home", false), PARIS));
    }

    private static AddressInput input(String label, boolean isDefault) {
        return new AddressInput(label, "1 rue de Rivoli, Paris", isDefault);
    }

    private static List<Long> ids(List<AddressView> views) {
        return views.stream().map(AddressView::id).toList();
    }
}
