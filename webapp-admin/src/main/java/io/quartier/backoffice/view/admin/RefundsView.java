package io.quartier.backoffice.view.admin;

import io.quartier.kernel.Money;
import io.quartier.ordering.api.OrderView;
import io.quartier.ordering.api.OrderingApi;
import io.quartier.payment.api.RefundRequest;
import io.quartier.payment.api.RefundView;
import io.quartier.payment.api.RefundsApi;
import io.quartier.ui.Formats;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.Messages;
import io.quartier.ui.Service;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Support gives money back on an order: finds it by its number, sees what it cost and what was given back already,
 * and refunds everything left or amounts of the items, the fee and the tip, saying who is at fault and why. One
 * Idempotency-Key per form shown, so a double click is one refund; payment refuses more than was captured.
 */
@Named
@ViewScoped
public class RefundsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> FAULTS = List.of("MERCHANT", "COURIER", "PLATFORM", "CUSTOMER");

    @Inject
    @Service
    OrderingApi ordering;

    @Inject
    @Service
    RefundsApi refundsApi;

    @Inject
    UserSession userSession;

    @Inject
    LocaleSelection localeSelection;

    private Long orderId;
    private OrderView order;
    private List<RefundView> refunds = List.of();
    private String fault = "MERCHANT";
    private boolean full;
    private BigDecimal items;
    private BigDecimal deliveryFee;
    private BigDecimal tip;
    private String reason;
    private String key = UUID.randomUUID().toString();

    /** Finds the order named and its refunds. */
    public void find() {
        order = null;
        refunds = List.of();
        if (orderId == null) {
            Messages.error("admin.refunds.orderRequired");
            return;
        }
        String bearer = userSession.bearer();
        ServiceCall.run(() -> {
            order = ordering.order(bearer, orderId);
            refunds = refundsApi.refunds(bearer, orderId);
        });
        key = UUID.randomUUID().toString();
    }

    /** Gives the money back as the form says; the order's refunds are read again. */
    public void refund() {
        if (order == null) {
            Messages.error("admin.refunds.orderRequired");
            return;
        }
        if (reason == null || reason.isBlank()) {
            Messages.error("admin.refunds.reasonRequired");
            return;
        }
        OptionalLong itemsMinor = minor(items, order.currency());
        OptionalLong feeMinor = minor(deliveryFee, order.currency());
        OptionalLong tipMinor = minor(tip, order.currency());
        if (itemsMinor.isEmpty() || feeMinor.isEmpty() || tipMinor.isEmpty()) {
            Messages.error("admin.refunds.amountInvalid");
            return;
        }
        String bearer = userSession.bearer();
        RefundRequest request = new RefundRequest(order.id(), fault, full, full ? 0 : itemsMinor.getAsLong(),
                full ? 0 : feeMinor.getAsLong(), full ? 0 : tipMinor.getAsLong(), List.of(), reason.strip());
        boolean done = ServiceCall.run(() -> {
            RefundView refunded = refundsApi.refund(bearer, key, request);
            Messages.info("admin.refunds.done", money(refunded.amountMinor(), refunded.currency()),
                    Messages.text("enum.RefundStatus." + refunded.status()));
        });
        if (done) {
            key = UUID.randomUUID().toString();
            full = false;
            items = null;
            deliveryFee = null;
            tip = null;
            reason = null;
        }
        ServiceCall.run(() -> refunds = refundsApi.refunds(bearer, order.id()));
    }

    /**
     * An amount typed in the order's currency's units ("2.50") in its minor units; 0 for none; empty when it is
     * negative or finer than the currency's smallest unit.
     */
    static OptionalLong minor(BigDecimal amount, String currency) {
        if (amount == null) {
            return OptionalLong.of(0);
        }
        try {
            long minor = amount.movePointRight(Currency.getInstance(currency).getDefaultFractionDigits())
                    .longValueExact();
            return minor < 0 ? OptionalLong.empty() : OptionalLong.of(minor);
        } catch (ArithmeticException notWhole) {
            return OptionalLong.empty();
        }
    }

    public String money(long amountMinor, String currency) {
        return Money.of(amountMinor, currency).format(localeSelection.getLocale());
    }

    public String when(Instant at) {
        return at == null ? "" : Formats.dateTime(at, ZoneOffset.UTC, localeSelection.getLocale());
    }

    public List<String> getFaults() {
        return FAULTS;
    }

    public OrderView getOrder() {
        return order;
    }

    public List<RefundView> getRefunds() {
        return refunds;
    }

    public Long getOrderId() {
        return orderId;
    }

    public void setOrderId(Long orderId) {
        this.orderId = orderId;
    }

    public String getFault() {
        return fault;
    }

    public void setFault(String fault) {
        this.fault = FAULTS.contains(fault) ? fault : "MERCHANT";
    }

    public boolean isFull() {
        return full;
    }

    public void setFull(boolean full) {
        this.full = full;
    }

    public BigDecimal getItems() {
        return items;
    }

    public void setItems(BigDecimal items) {
        this.items = items;
    }

    public BigDecimal getDeliveryFee() {
        return deliveryFee;
    }

    public void setDeliveryFee(BigDecimal deliveryFee) {
        this.deliveryFee = deliveryFee;
    }

    public BigDecimal getTip() {
        return tip;
    }

    public void setTip(BigDecimal tip) {
        this.tip = tip;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
