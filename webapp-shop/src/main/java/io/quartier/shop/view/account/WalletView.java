package io.quartier.shop.view.account;

import io.quartier.kernel.Money;
import io.quartier.payment.api.PaymentApi;
import io.quartier.payment.api.TopUpRequest;
import io.quartier.payment.api.WalletApi;
import io.quartier.shop.view.price.Tip;
import io.quartier.ui.Formats;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.Messages;
import io.quartier.ui.Service;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The customer's Quartier wallet: its balance (and what is held for orders not delivered yet), a top-up from a saved
 * card, and its latest movements. A top-up carries a key made when the page is shown, so a double click or a resent
 * form charges the card once; a new key is made after each top-up.
 */
@Named
@ViewScoped
public class WalletView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Service
    WalletApi walletApi;

    @Inject
    @Service
    PaymentApi payment;

    @Inject
    UserSession userSession;

    @Inject
    LocaleSelection localeSelection;

    /** A view's state is kept in the session: the configured currency is read once, not injected. */
    private final String currency = ConfigProvider.getConfig().getOptionalValue("shop.wallet.currency", String.class)
            .orElse("EUR");

    private String balance;
    private String held;
    private String available;
    private boolean holding;
    private List<MovementRow> movements = List.of();
    private List<PaymentMethodsView.CardRow> cards = List.of();
    private Long cardId;
    private String amount;
    private String topUpKey = UUID.randomUUID().toString();

    @PostConstruct
    void load() {
        ServiceCall.run(() -> {
            io.quartier.payment.api.WalletView wallet = walletApi.wallet(userSession.bearer(), currency);
            balance = money(wallet.balanceMinor());
            held = money(wallet.heldMinor());
            available = money(wallet.availableMinor());
            holding = wallet.heldMinor() > 0;
            List<MovementRow> rows = new ArrayList<>();
            wallet.movements().forEach(m -> rows.add(new MovementRow(
                    Messages.text("enum.WalletMovement." + m.kind()), m.orderId(), money(m.amountMinor()),
                    Formats.dateTime(m.occurredAt(), ZoneOffset.UTC, localeSelection.getLocale()))));
            movements = rows;
        });
        List<PaymentMethodsView.CardRow> rows = new ArrayList<>();
        ServiceCall.run(() -> payment.paymentMethods(userSession.bearer()).stream().filter(m -> !m.isWallet())
                .forEach(m -> rows.add(new PaymentMethodsView.CardRow(m))));
        cards = rows;
        if (cardId == null && !cards.isEmpty()) {
            cardId = cards.get(0).getId();
        }
    }

    /** Charges the chosen card and credits the wallet, once per key. */
    public void topUp() {
        OptionalLong minor = Tip.typed(amount, currency, Long.MAX_VALUE / 10);
        if (minor.isEmpty()) {
            Messages.error("shop.wallet.invalidAmount");
            return;
        }
        if (cardId == null) {
            Messages.error("shop.wallet.noCard");
            return;
        }
        TopUpRequest request = new TopUpRequest(cardId, minor.getAsLong(), currency);
        if (ServiceCall.run(() -> walletApi.topUp(userSession.bearer(), topUpKey, request))) {
            Messages.info("shop.wallet.toppedUp", money(minor.getAsLong()));
            topUpKey = UUID.randomUUID().toString();
            amount = null;
            load();
        }
    }

    private String money(long minor) {
        return Money.of(minor, currency).format(localeSelection.getLocale());
    }

    public String getBalance() {
        return balance;
    }

    public String getHeld() {
        return held;
    }

    public String getAvailable() {
        return available;
    }

    public boolean isHolding() {
        return holding;
    }

    public List<MovementRow> getMovements() {
        return movements;
    }

    public List<PaymentMethodsView.CardRow> getCards() {
        return cards;
    }

    public Long getCardId() {
        return cardId;
    }

    public void setCardId(Long cardId) {
        this.cardId = cardId;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    /** One movement as the page shows it (EL reads it as {@code movement.amount()}). */
    public record MovementRow(String kind, Long orderId, String amount, String when) implements Serializable {
    }
}
