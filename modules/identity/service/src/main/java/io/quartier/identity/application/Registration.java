package io.quartier.identity.application;

import io.quartier.identity.api.NewCustomer;
import io.quartier.identity.api.SignUpReceipt;
import io.quartier.identity.api.event.AccountCreated;
import io.quartier.identity.domain.model.account.Account;
import io.quartier.identity.domain.model.account.AccountRepository;
import io.quartier.identity.domain.model.account.AccountToken.Purpose;
import io.quartier.kernel.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;

/**
 * Customer sign-up: the account, its AccountCreated event and the verification mail commit together or not at all;
 * the account logs in once its owner followed the mailed link. A sign-up with an address or a username that is taken
 * answers exactly as one that worked, so that nobody learns which addresses have accounts: the address's owner is
 * told by mail instead (or the applicant, that the username is taken).
 */
@ApplicationScoped
public class Registration {

    static final Duration VERIFICATION_LIFETIME = Duration.ofHours(24);

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing passwords;

    @Inject
    AccountEvents events;

    @Inject
    MailedTokens tokens;

    @Inject
    MailTexts texts;

    @Inject
    MailOutbox outbox;

    @Transactional
    public SignUpReceipt registerCustomer(NewCustomer customer) {
        String locale = customer.locale() == null ? "en" : customer.locale();
        String passwordHash = passwords.hash(customer.password().toCharArray()); // every answer takes as long
        accounts.lockNames(customer.username(), customer.email());
        Optional<Account> owner = accounts.byEmail(customer.email());
        if (owner.isPresent()) {
            Account a = owner.get();
            outbox.queue(texts.addressAlreadyUsed(a.getEmail(), a.getLocale(), a.getDisplayName()));
        } else if (accounts.byUsername(customer.username()).isPresent()) {
            outbox.queue(texts.usernameTaken(customer.email(), locale, customer.displayName(), customer.username()));
        } else {
            Account account = Account.unverified(customer.username(), passwordHash, customer.displayName(),
                    customer.email(), Roles.CUSTOMER, locale, customer.deliveryAddress());
            accounts.add(account);
            events.publish(new AccountCreated(account.getId(), account.getUsername(), account.getRole()));
            String token = tokens.issue(Purpose.VERIFY, account.getId(), VERIFICATION_LIFETIME);
            outbox.queue(texts.verification(account.getEmail(), locale, account.getDisplayName(), token));
        }
        return new SignUpReceipt(customer.username(), customer.email());
    }

    /** Confirms the address of the token's account; 400 {@code problem.badToken} when the token cannot be used. */
    @Transactional
    public void verify(String token) {
        long id = tokens.use(Purpose.VERIFY, token);
        accounts.byId(id).orElseThrow().verify();
    }
}
