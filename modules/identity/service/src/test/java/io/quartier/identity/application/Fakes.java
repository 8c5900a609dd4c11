package io.quartier.identity.application;

import io.quartier.identity.domain.model.account.Account;
import io.quartier.identity.domain.model.account.AccountRepository;
import io.quartier.identity.domain.model.account.AccountToken;
import io.quartier.identity.domain.model.account.AccountTokenRepository;
import io.quartier.identity.domain.model.address.DeliveryAddress;
import io.quartier.identity.domain.model.address.DeliveryAddressRepository;
import io.quartier.identity.domain.model.mail.OutgoingMail;
import io.quartier.identity.domain.model.mail.OutgoingMailRepository;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** In-memory stand-ins for identity's ports, for the use cases' unit tests. */
final class Fakes {

    private Fakes() {
    }

    /** Accounts in a map, numbered as the database would. */
    static final class Accounts implements AccountRepository {

        final Map<Long, Account> byId = new HashMap<>();

        @Override
        public Optional<Account> byUsername(String username) {
            return byId.values().stream().filter(a -> a.getUsername().equals(username)).findFirst();
        }

        @Override
        public Optional<Account> byId(long id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<Account> lockById(long id) {
            return byId(id);
        }

        @Override
        public Optional<Account> byEmail(String email) {
            return byId.values().stream()
                    .filter(a -> a.getEmail().toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT))).findFirst();
        }

        @Override
        public void lockNames(String username, String email) {
            // one thread at a time in a unit test: nothing to wait for
        }

        @Override
        public void add(Account account) {
            long id = byId.size() + 1L;
            setField(account, Account.class, "id", id);
            byId.put(id, account);
        }
    }

    static final class Tokens implements AccountTokenRepository {

        final Map<String, AccountToken> byHash = new HashMap<>();

        @Override
        public Optional<AccountToken> lockByHash(String tokenHash) {
            return Optional.ofNullable(byHash.get(tokenHash));
        }

        @Override
        public void add(AccountToken token) {
            try {
                Field f = AccountToken.class.getDeclaredField("tokenHash");
                f.setAccessible(true);
                byHash.put((String) f.get(token), token);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void removeOfAccount(long accountId) {
            byHash.values().removeIf(t -> t.getAccountId() == accountId);
        }
    }

    /** Addresses in a list, numbered as the database would. */
    static final class Addresses implements DeliveryAddressRepository {

        final List<DeliveryAddress> all = new ArrayList<>();
        private long next = 1000;

        @Override
        public List<DeliveryAddress> ofAccount(long accountId) {
            return all.stream().filter(a -> a.getAccountId() == accountId).toList();
        }

        @Override
        public void add(DeliveryAddress address) {
            setField(address, DeliveryAddress.class, "id", next++);
            all.add(address);
        }

        @Override
        public void remove(DeliveryAddress address) {
            all.remove(address);
        }
    }

    static final class Outbox implements OutgoingMailRepository {

        final List<OutgoingMail> mails = new ArrayList<>();

        @Override
        public void add(OutgoingMail mail) {
            setField(mail, OutgoingMail.class, "id", mails.size() + 1L);
            mails.add(mail);
        }

        @Override
        public Optional<OutgoingMail> lockNextDue(Instant now) {
            return mails.stream().filter(m -> !m.isSent() && !m.getNextAttemptAt().isAfter(now))
                    .min(Comparator.comparing(OutgoingMail::getId));
        }

        @Override
        public void forgetSentTo(String recipient) {
            mails.removeIf(m -> m.isSent() && m.getRecipient().equalsIgnoreCase(recipient));
        }
    }

    /** A clock that tests move by hand. */
    static final class MovableClock extends Clock {

        Instant now = Instant.parse("2026-11-28T12:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Hashes as "hashed:" and the password, so tests can tell which password is stored. */
    static PasswordHashing passwords() {
        return new PasswordHashing() {
            @Override
            public String hash(char[] password) {
                return "hashed:" + new String(password);
            }

            @Override
            public boolean verify(char[] password, String storedHash) {
                return storedHash.equals(hash(password));
            }

            @Override
            public boolean isOutdated(String storedHash) {
                return false;
            }
        };
    }

    static MailTexts texts() {
        MailTexts texts = new MailTexts();
        texts.linkBase = "https://quartier.test";
        return texts;
    }

    static MailedTokens mailedTokens(Tokens tokens, Clock clock) {
        MailedTokens t = new MailedTokens();
        t.tokens = tokens;
        t.clock = clock;
        return t;
    }

    static MailOutbox outbox(Outbox outbox, Clock clock) {
        MailOutbox o = new MailOutbox();
        o.outbox = outbox;
        o.clock = clock;
        return o;
    }

    /** The token of the link in a mail's body. */
    static String token(OutgoingMail mail) {
        int at = mail.getBody().indexOf("token=");
        return mail.getBody().substring(at + 6).split("\\s")[0];
    }

    private static void setField(Object target, Class<?> type, String name, Object value) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
