package io.quartier.payment.domain.model.method;

import io.quartier.payment.domain.model.gateway.CardDetails;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A way a customer pays: a card saved at the gateway, or the customer's Quartier wallet (one per currency). Of a card
 * only the gateway's token is kept, never the card number; brand, last four digits and expiry are for display. The
 * token never leaves the payment context. A wallet holds money the customer topped up ({@code balanceMinor}, what the
 * ledger's wallet account owes the customer) of which {@code heldMinor} is held for orders not delivered yet; neither
 * ever goes below zero, nor the held part above the balance (checked here and by the table). A removed method is kept (its holds and refunds still name it) but is
 * never offered or charged again.
 */
@Entity
@Table(name = "payment_method")
public class PaymentMethod {

    @Id
    @SequenceGenerator(name = "payment_method_seq", sequenceName = "payment_method_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_method_seq")
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private MethodKind kind = MethodKind.CARD;

    @Column(length = 20)
    private String brand;

    @Column(length = 4)
    private String last4;

    @Column(name = "expiry_month")
    private Integer expiryMonth;

    @Column(name = "expiry_year")
    private Integer expiryYear;

    /** The phone wallet that keeps the card ({@code apple_pay}, {@code google_pay}); null for a card typed in. */
    @Column(name = "device_wallet", length = 12)
    private String deviceWallet;

    @Column(name = "gateway_token", length = 200)
    private String gatewayToken;

    /** The wallet's currency; null for a card. */
    @Column(length = 3)
    private String currency;

    @Column(nullable = false)
    private boolean preferred;

    @Column(name = "balance_minor", nullable = false)
    private long balanceMinor;

    @Column(name = "held_minor", nullable = false)
    private long heldMinor;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected PaymentMethod() {
    }

    public PaymentMethod(long customerId, String brand, String last4, int expiryMonth, int expiryYear,
                         String gatewayToken, boolean preferred) {
        this.customerId = customerId;
        this.brand = brand;
        this.last4 = last4;
        this.expiryMonth = expiryMonth;
        this.expiryYear = expiryYear;
        this.gatewayToken = gatewayToken;
        this.preferred = preferred;
    }

    /** A card the gateway described for a token its own form gave the customer. */
    public static PaymentMethod card(long customerId, String gatewayToken, CardDetails card, boolean preferred) {
        PaymentMethod method = new PaymentMethod(customerId, card.brand(), card.last4(), card.expiryMonth(),
                card.expiryYear(), gatewayToken, preferred);
        method.deviceWallet = card.deviceWallet();
        return method;
    }

    /** The customer's wallet in one currency, as a way to pay. */
    public static PaymentMethod wallet(long customerId, String currency) {
        PaymentMethod wallet = new PaymentMethod();
        wallet.customerId = customerId;
        wallet.kind = MethodKind.WALLET;
        wallet.currency = currency;
        return wallet;
    }

    public boolean belongsTo(long customer) {
        return customerId == customer;
    }

    public boolean isWallet() {
        return kind == MethodKind.WALLET;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    /** Never offered nor charged again; it stops being the preferred one. */
    public void remove(Instant at) {
        if (removedAt == null) {
            removedAt = at;
            preferred = false;
        }
    }

    public void prefer(boolean preferred) {
        this.preferred = preferred;
    }

    /** What the wallet can still pay: its balance less what is held. */
    public long availableMinor() {
        return balanceMinor - heldMinor;
    }

    /**
     * Holds {@code amountMinor} of the wallet for an order; false (and nothing held) when it does not have that much
     * available.
     */
    public boolean hold(long amountMinor) {
        requireWallet(amountMinor);
        if (amountMinor > availableMinor()) {
            return false;
        }
        heldMinor += amountMinor;
        return true;
    }

    /** Gives back a hold: the order was not delivered. */
    public void release(long amountMinor) {
        requireWallet(amountMinor);
        if (amountMinor > heldMinor) {
            throw new IllegalStateException("wallet " + id + " holds " + heldMinor + ", cannot release " + amountMinor);
        }
        heldMinor -= amountMinor;
    }

    /** Pays a held amount: the order was delivered. */
    public void spend(long amountMinor) {
        release(amountMinor);
        balanceMinor -= amountMinor;
    }

    /** Money in: a top-up or a refund. */
    public void credit(long amountMinor) {
        requireWallet(amountMinor);
        balanceMinor = Math.addExact(balanceMinor, amountMinor);
    }

    private void requireWallet(long amountMinor) {
        if (kind != MethodKind.WALLET || amountMinor <= 0) {
            throw new IllegalArgumentException("method " + id + " is a " + kind + "; amount " + amountMinor);
        }
    }

    public long getBalanceMinor() {
        return balanceMinor;
    }

    public long getHeldMinor() {
        return heldMinor;
    }

    public Long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public MethodKind getKind() {
        return kind;
    }

    public String getBrand() {
        return brand;
    }

    public String getLast4() {
        return last4;
    }

    public int getExpiryMonth() {
        return expiryMonth == null ? 0 : expiryMonth;
    }

    public int getExpiryYear() {
        return expiryYear == null ? 0 : expiryYear;
    }

    public String getDeviceWallet() {
        return deviceWallet;
    }

    public String getGatewayToken() {
        return gatewayToken;
    }

    public String getCurrency() {
        return currency;
    }

    public boolean isPreferred() {
        return preferred;
    }
}
