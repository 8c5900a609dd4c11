package io.quartier.shop.view;

import io.quartier.ui.Service;
import io.quartier.identity.api.AccountApi;
import io.quartier.ordering.api.OrderView;
import io.quartier.ordering.api.OrderingApi;
import io.quartier.ordering.api.PlaceOrder;
import io.quartier.payment.api.PaymentApi;
import io.quartier.shop.basket.Basket;
import io.quartier.shop.basket.BasketLine;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.Messages;
import io.quartier.ui.Problems;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.ServiceProblem;
import io.quartier.ui.UserSession;
import io.quartier.catalog.api.CatalogApi;
import io.quartier.catalog.api.ProductView;
import io.quartier.ui.live.LiveView;
import jakarta.json.JsonObject;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Checkout: the basket's lines, a payment method, a delivery address, and placing the order. */
@Named
@ViewScoped
public class BasketView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Basket basket;

    @Inject
    UserSession userSession;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    @Service
    AccountApi account;

    @Inject
    @Service
    PaymentApi payment;

    @Inject
    @Service
    OrderingApi ordering;

    @Inject
    @Service
    CatalogApi catalog;

    @Inject
    LiveView live;

    /** Lines of the basket that can no longer be ordered (sold out, "86"ed, gone, an option gone). */
    private Set<String> unavailable = Set.of();

    private List<PaymentOption> paymentMethods = List.of();
    private Long paymentMethodId;
    private String deliveryAddress;

    public void load() {
        if (basket.isEmpty()) {
            return;
        }
        ServiceCall.run(() -> {
            paymentMethods = PaymentOption.of(payment.paymentMethods(userSession.bearer()));
            paymentMethodId = paymentMethods.isEmpty() ? null : paymentMethods.get(0).getId();
            deliveryAddress = account.me(userSession.bearer()).deliveryAddress();
            checkShelf(false);
        });
    }

    /** Run by the page's live socket when the store's prices or stock changed. */
    public void catalogChanged() {
        ServiceCall.run(() -> checkShelf(!LiveView.OPEN.equals(live.getEvent())));
    }

    /**
     * Compares the basket with the shelf: lines that cannot be ordered any more are marked (and, when
     * {@code tell}, announced by name); prices that moved are updated and announced.
     */
    private void checkShelf(boolean tell) {
        List<BasketLine> lines = basket.getLines();
        if (lines.isEmpty()) {
            unavailable = Set.of();
            return;
        }
        Map<Long, ProductView> shelf = catalog.productsByIds(lines.stream().map(BasketLine::getProductId).toList(),
                        localeSelection.getLanguage()).stream()
                .collect(Collectors.toMap(ProductView::id, Function.identity()));
        Set<String> gone = new HashSet<>();
        for (BasketLine line : lines) {
            ProductView product = shelf.get(line.getProductId());
            Long unit = product == null || !product.available() ? null : unitPrice(product, line.getOptionIds());
            if (unit == null) {
                gone.add(line.getKey());
                if (tell && !unavailable.contains(line.getKey())) {
                    Messages.warn("shop.basket.soldOut", line.getName());
                }
            } else if (basket.reprice(line.getKey(), unit)) {
                Messages.info("shop.basket.priceChanged", line.getName());
            }
        }
        unavailable = gone;
    }

    /** The product's price with these options; null when an option is no longer offered. */
    static Long unitPrice(ProductView product, List<Long> optionIds) {
        long unit = product.priceMinor();
        for (Long optionId : optionIds) {
            var option = product.optionGroups().stream().flatMap(g -> g.options().stream())
                    .filter(o -> o.id() == optionId).findFirst();
            if (option.isEmpty()) {
                return null;
            }
            unit += option.get().priceDeltaMinor();
        }
        return unit;
    }

    public boolean isUnavailable(String key) {
        return unavailable.contains(key);
    }

    public boolean isOrderable() {
        return !basket.isEmpty() && unavailable.isEmpty();
    }

    public void increase(String key) {
        basket.increase(key);
    }

    public void decrease(String key) {
        basket.decrease(key);
    }

    public void remove(String key) {
        basket.remove(key);
        unavailable = unavailable.stream().filter(k -> !k.equals(key)).collect(Collectors.toSet());
    }

    /** Places the order; on success the basket is emptied and the order's page opens. */
    public String placeOrder() {
        if (basket.isEmpty()) {
            Messages.error("shop.basket.empty");
            return null;
        }
        if (!unavailable.isEmpty()) {
            Messages.error("shop.basket.removeUnavailable");
            return null;
        }
        if (paymentMethodId == null) {
            Messages.error("shop.basket.paymentRequired");
            return null;
        }
        if (deliveryAddress == null || deliveryAddress.isBlank()) {
            Messages.error("shop.basket.addressRequired");
            return null;
        }
        PlaceOrder order = basket.toOrder(paymentMethodId, deliveryAddress.strip());
        String key = basket.checkoutKey(order);
        Optional<OrderView> earlier = earlierCheckoutThatWentThrough(key);
        if (earlier.isPresent()) {
            Messages.warn("shop.basket.earlierCheckoutWentThrough");
            return orderPage(earlier.get().id());
        }
        try {
            OrderView placed = ordering.place(userSession.bearer(), key, order);
            if ("PENDING".equals(placed.status())) {
                basket.checkoutUnsure(key);
                Messages.warn("problem.order.pending");
            } else {
                basket.clear();
            }
            return orderPage(placed.id());
        } catch (ServiceProblem problem) {
            if (problem.status() >= 500) {
                basket.checkoutUnsure(key);
            }
            JsonObject errors = problem.errors();
            if ("problem.order.pending".equals(problem.code()) && errors != null && errors.containsKey("orderId")) {
                Messages.warn("problem.order.pending");
                return orderPage(errors.getJsonNumber("orderId").longValue());
            }
            Problems.show(problem);
            return null;
        } catch (RuntimeException noAnswer) {
            basket.checkoutUnsure(key);
            Problems.show(noAnswer);
            return null;
        }
    }

    /**
     * Before paying for a changed basket, a checkout that ended without an answer is looked up: if it went through
     * after all, the customer is shown that order rather than offered to pay a second time.
     */
    private Optional<OrderView> earlierCheckoutThatWentThrough(String currentKey) {
        String unsure = basket.takeUnsureKey();
        if (unsure == null || unsure.equals(currentKey)) {
            return Optional.empty();
        }
        try {
            return ordering.ordersByKey(userSession.bearer(), unsure).stream()
                    .filter(o -> !"FAILED".equals(o.status())).findFirst();
        } catch (RuntimeException stillNoAnswer) {
            basket.checkoutUnsure(unsure);
            throw stillNoAnswer;
        }
    }

    private static String orderPage(long orderId) {
        return "/orders/order.xhtml?faces-redirect=true&id=" + orderId;
    }

    public String amountOf(BasketLine line) {
        return line.amount().format(localeSelection.getLocale());
    }

    public String getTotal() {
        return basket.total().format(localeSelection.getLocale());
    }

    public List<PaymentOption> getPaymentMethods() {
        return paymentMethods;
    }

    public Long getPaymentMethodId() {
        return paymentMethodId;
    }

    public void setPaymentMethodId(Long paymentMethodId) {
        this.paymentMethodId = paymentMethodId;
    }

    public String getDeliveryAddress() {
        return deliveryAddress;
    }

    public void setDeliveryAddress(String deliveryAddress) {
        this.deliveryAddress = deliveryAddress;
    }
}
