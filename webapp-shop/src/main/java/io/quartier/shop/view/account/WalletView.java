package io.quartier.shop.view.account;

import io.quartier.kernel.Money;
import io.quartier.payment.api.PaymentApi;
import io.quartier.payment.api.TopUpRequest;
import io.quartier.payment.api.WalletApi;
import io.quartier.shop.view.price.Tip;
import io.quartier.ui.Formats;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.Messages;
import io.quartier.ui.Problems;
import io.quartier.ui.Service;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.ServiceProblem;
import io.quartier.ui.UserSession;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    @Inject
    TopUpChallenge challenge;

    /** The page opened: a return from the bank's page first, then the wallet as it stands. */
    public void open() {
        backFromChallenge();
        load();
    }

    private void load() {
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

    /**
     * Charges the chosen card and credits the wallet, once per key. A bank asking for 3-D Secure sends the customer to
     * its page, and the same top-up is asked again on the way back.
     */
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
        send(topUpKey, new TopUpRequest(cardId, minor.getAsLong(), currency));
    }

    /**
     * Back from the bank's 3-D Secure page with the state {@link TopUpChallenge} made: the top-up is asked again with
     * its key, whatever the customer answered there (payment decides); a state this session did not make is refused.
     */
    private void backFromChallenge() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (parameters.get("challenge") == null || parameters.get("state") == null) {
            return;
        }
        challenge.take(parameters.get("state")).ifPresentOrElse(waiting -> send(waiting.key(), waiting.request()),
                () -> Messages.error("shop.wallet.challengeNotAsked"));
    }

    private void send(String key, TopUpRequest request) {
        try {
            walletApi.topUp(userSession.bearer(), key, request);
            Messages.info("shop.wallet.toppedUp", money(request.amountMinor()));
            topUpKey = UUID.randomUUID().toString();
            amount = null;
            load();
        } catch (ServiceProblem problem) {
            JsonObject errors = problem.errors();
            if ("problem.payment.authenticationRequired".equals(problem.code()) && errors != null
                    && errors.get("challengeUrl") instanceof JsonString challengeUrl) {
                try {
                    challenge.send(challengeUrl.getString(), new TopUpChallenge.Waiting(key, request));
                    return;
                } catch (IOException e) {
                    Problems.show(new IllegalStateException("could not send the browser to the bank's page", e));
                    return;
                }
            }
            Problems.show(problem);
        } catch (RuntimeException noAnswer) {
            Problems.show(noAnswer);
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
