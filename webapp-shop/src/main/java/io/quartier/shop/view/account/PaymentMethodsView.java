package io.quartier.shop.view.account;

import io.quartier.payment.api.NewPaymentMethod;
import io.quartier.payment.api.PaymentApi;
import io.quartier.payment.api.PaymentMethodView;
import io.quartier.shop.view.PaymentOption;
import io.quartier.ui.Messages;
import io.quartier.ui.Service;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.UserSession;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The customer's saved cards: listed, removed, one made the default; a card is added in the gateway's own form (the
 * sandbox's, or Stripe's), never in this page, which gets back only a token. The way back carries a state this session
 * made, so that only the customer who asked for the form can bring a card back into its account.
 */
@Named
@ViewScoped
public class PaymentMethodsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String STATE = PaymentMethodsView.class.getName() + ".state";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @Service
    PaymentApi payment;

    @Inject
    UserSession userSession;

    private List<CardRow> cards = List.of();
    private String cardToken;
    private String state;
    private boolean cancelled;

    /** On arrival: a card brought back from the gateway's form is saved, then the cards are read. */
    public void load() {
        if (cardToken != null || cancelled) {
            receive();
        }
        List<CardRow> rows = new ArrayList<>();
        ServiceCall.run(() -> payment.paymentMethods(userSession.bearer()).stream()
                .filter(m -> !m.isWallet()).forEach(m -> rows.add(new CardRow(m))));
        cards = rows;
    }

    /** Sends the customer to the gateway's card form, which sends it back here with a token. */
    public void addCard() throws IOException {
        toGateway(ConfigProvider.getConfig().getOptionalValue("shop.payment.card-form-url", String.class)
                .orElse("/payment/sandbox/card-form"));
    }

    /**
     * Sends the customer to the gateway's page for a phone's wallet ({@code apple_pay}, {@code google_pay}), which
     * sends it back here with a device token, as the card form does with a card's.
     */
    public void addDeviceWallet(String wallet) throws IOException {
        String sheetUrl = ConfigProvider.getConfig().getOptionalValue("shop.payment.wallet-sheet-url", String.class)
                .orElse("/payment/sandbox/wallet-sheet");
        toGateway(sheetUrl + (sheetUrl.contains("?") ? "&" : "?") + "wallet="
                + ("google_pay".equals(wallet) ? "google_pay" : "apple_pay"));
    }

    private void toGateway(String url) throws IOException {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String made = HexFormat.of().formatHex(random);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getSessionMap().put(STATE, made);
        String back = external.getRequestContextPath() + "/account/payment-methods.xhtml";
        external.redirect(url + (url.contains("?") ? "&" : "?") + "return="
                + URLEncoder.encode(back, StandardCharsets.UTF_8) + "&state=" + made);
    }

    public void makeDefault(CardRow card) {
        if (ServiceCall.run(() -> payment.preferPaymentMethod(userSession.bearer(), card.getId()))) {
            Messages.info("shop.paymentMethods.madeDefault", card.getLabel());
            load();
        }
    }

    public void remove(CardRow card) {
        if (ServiceCall.run(() -> payment.removePaymentMethod(userSession.bearer(), card.getId()))) {
            Messages.info("shop.paymentMethods.removed", card.getLabel());
            load();
        }
    }

    private void receive() {
        Object expected = FacesContext.getCurrentInstance().getExternalContext().getSessionMap().remove(STATE);
        if (expected == null || !expected.equals(state)) {
            Messages.error("shop.paymentMethods.notAsked");
        } else if (cancelled) {
            Messages.info("shop.paymentMethods.cancelled");
        } else {
            PaymentMethodView[] saved = new PaymentMethodView[1];
            if (ServiceCall.run(() -> saved[0] = payment.addPaymentMethod(userSession.bearer(),
                    new NewPaymentMethod(cardToken, false)))) {
                Messages.info("shop.paymentMethods.added", new CardRow(saved[0]).getLabel());
            }
        }
        cardToken = null;
        cancelled = false;
    }

    public List<CardRow> getCards() {
        return cards;
    }

    public String getCardToken() {
        return cardToken;
    }

    public void setCardToken(String cardToken) {
        this.cardToken = cardToken;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void setCancelled(boolean cancelled) {
        this.cancelled = cancelled;
    }

    /** A saved card as the page shows it (a JavaBean: EL does not read records). */
    public static class CardRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String label;
        private final String expiry;
        private final boolean preferred;

        CardRow(PaymentMethodView method) {
            this.id = method.id();
            this.label = PaymentOption.cardLabel(method);
            this.expiry = String.format("%02d/%d", method.expiryMonth(), method.expiryYear());
            this.preferred = method.preferred();
        }

        public long getId() {
            return id;
        }

        public String getLabel() {
            return label;
        }

        public String getExpiry() {
            return expiry;
        }

        public boolean isPreferred() {
            return preferred;
        }
    }
}
