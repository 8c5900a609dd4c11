package io.quartier.identity.application;

import io.quartier.identity.api.event.AccountDeleted;
import io.quartier.identity.domain.model.account.Account;
import io.quartier.identity.domain.model.account.AccountTokenRepository;
import io.quartier.identity.domain.model.address.DeliveryAddressRepository;
import io.quartier.identity.domain.model.mail.OutgoingMailRepository;
import io.quartier.identity.domain.model.session.RefreshTokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * An owner deletes their account, confirming with their password: identity erases what it knows of them (name,
 * address, delivery addresses, password, logins and mailed links, the mails it sent them) and keeps a tombstone row;
 * {@link AccountDeleted} tells the contexts that keep copies (ordering, the delivery addresses of orders) to erase
 * theirs. A last mail, in the owner's language, confirms it. All of it commits together, or nothing does.
 */
@ApplicationScoped
public class AccountErasure {

    @Inject
    PasswordConfirmation confirmation;

    @Inject
    PasswordHashing passwords;

    @Inject
    DeliveryAddressRepository addresses;

    @Inject
    AccountTokenRepository mailedTokens;

    @Inject
    RefreshTokenRepository refreshTokens;

    @Inject
    OutgoingMailRepository sentMails;

    @Inject
    MailTexts texts;

    @Inject
    MailOutbox outbox;

    @Inject
    AccountEvents events;

    Clock clock = Clock.systemUTC();

    @Transactional
    public void delete(long accountId, String password) {
        Account account = confirmation.confirm(accountId, password);
        sentMails.forgetSentTo(account.getEmail());
        outbox.queue(texts.accountDeleted(account.getEmail(), account.getLocale(), account.getDisplayName()));
        addresses.ofAccount(accountId).forEach(addresses::remove);
        mailedTokens.removeOfAccount(accountId);
        refreshTokens.removeOfAccount(accountId);
        account.erase(passwords.hash(Secrets.next().toCharArray()), clock.instant());
        events.publish(new AccountDeleted(accountId));
    }
}
