package io.quartier.shop.view;

import io.quartier.ui.Service;
import io.quartier.identity.api.AccountApi;
import io.quartier.ordering.api.GroupPriceBreakdown;
import io.quartier.ordering.api.OrderGroupView;
import io.quartier.ordering.api.OrderGroupsApi;
import io.quartier.ordering.api.OrderView;
import io.quartier.ordering.api.OrderingApi;
import io.quartier.ordering.api.PlaceGroupOrder;
import io.quartier.ordering.api.PlaceOrder;
import io.quartier.ordering.api.PriceBreakdown;
import io.quartier.ordering.api.PriceRequest;
import io.quartier.payment.api.PaymentApi;
import io.quartier.shop.basket.Basket;
import io.quartier.shop.basket.BasketLine;
import io.quartier.shop.basket.BasketStore;
import io.quartier.shop.place.DeliveryPlace;
import io.quartier.shop.view.price.PriceSummary;
import io.quartier.shop.view.price.Tip;
import io.quartier.kernel.Money;
import java.util.OptionalLong;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.Messages;
import io.quartier.ui.Problems;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.ServiceProblem;
import io.quartier.ui.UserSession;
import io.quartier.catalog.api.CatalogApi;
import io.quartier.catalog.api.ProductView;
import io.quartier.catalog.api.StoreView;
import java.util.HashMap;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import io.quartier.ui.live.LiveView;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import io.quartier.catalog.api.DeliverySlotView;
import io.quartier.catalog.api.SlotsApi;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Checkout: the basket's lines, one section per store, the price breakdown ordering computes for them (VAT per rate,
 * the delivery fee for the chosen place, the courier's tip, the total), a payment method, a delivery address, and
 * placing the order: one order for one store (with coupons and delivery slots), one multi-store order for several (one
 * delivery fee, one tip, one payment; as soon as possible, or in a slot every store offers, shown on the first store's
 * clock). What the page needs from other services is asked at once
 * ({@link ConcurrentCalls}): the payment methods, the address, the shelf and the stores, then the price and the slots.
 */
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
    OrderGroupsApi groups;

    @Inject
    @Service
    CatalogApi catalog;

    @Inject
    ConcurrentCalls calls;

    @Inject
    LiveView live;

    @Inject
    DeliveryPlace place;

    @Inject
    CheckoutChallenge challenge;

    @Inject
    @Service
    SlotsApi slotsApi;

    /** "When" for as soon as possible; else the start (an ISO instant) of a slot the store (every store) offers. */
    static final String ASAP = "asap";

    /** Lines of the basket that can no longer be ordered (sold out, "86"ed, gone, an option gone). */
    private Set<String> unavailable = Set.of();

    private List<PaymentOption> paymentMethods = List.of();
    private Long paymentMethodId;
    private String deliveryAddress;
    /** What the basket costs as ordering prices it; null while it cannot say (a line unavailable, a bad tip). */
    private PriceSummary price;
    /** For a basket of several stores, what each store's lines come to and the VAT they contain, by store. */
    private Map<Long, PriceSummary> storePrices = Map.of();
    /** Each store's opening status now (OPEN, CLOSED, PAUSED, CLOSED_EXCEPTIONALLY), by store. */
    private Map<Long, String> storeStatus = Map.of();
    /** Each store's time zone, by store. */
    private Map<Long, String> storeZones = Map.of();
    private String tipChoice = Tip.PRESETS.get(0);
    private String customTip;
    private String when = ASAP;
    /** The day (ISO, on the store's clock) whose slots are offered, and the store's zone (the first store's). */
    private String day;
    private String storeZone;
    private List<SlotOption> slots = List.of();
    /** The coupon code the customer entered; null or blank for none. */
    private String couponCode;

    public void load() {
        if (backFromChallenge() || basket.isEmpty()) {
            return;
        }
        String bearer = userSession.bearer();
        ServiceCall.run(() -> {
            var methods = calls.start(() -> payment.paymentMethods(bearer));
            CompletableFuture<String> address = place.isChosen() ? CompletableFuture.completedFuture(place.getLabel())
                    : calls.start(() -> account.me(bearer).deliveryAddress());
            CatalogRead catalogRead = readCatalog();
            paymentMethods = PaymentOption.of(ConcurrentCalls.answer(methods));
            paymentMethodId = paymentMethods.isEmpty() ? null : paymentMethods.get(0).getId();
            deliveryAddress = ConcurrentCalls.answer(address);
            checkCatalog(catalogRead, false);
            day = LocalDate.now(ZoneId.of(storeZone)).toString();
            var priced = askPrice();
            var offered = askSlots();
            showPrice(priced);
            showSlots(offered);
        });
    }

    /** The store's next seven days, for a later delivery: ISO dates, labelled in the reader's language. */
    public List<SlotOption> getDays() {
        if (storeZone == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(ZoneId.of(storeZone));
        DateTimeFormatter label = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(localeSelection.getLocale());
        return today.datesUntil(today.plusDays(7)).map(d -> new SlotOption(d.toString(), label.format(d))).toList();
    }

    /**
     * Run when the customer picks another day: the store's (the stores' common) slots of that day for the place; the
     * slot chosen on another day gives way to as soon as possible, priced again.
     */
    public void dayChanged() {
        slots = List.of();
        String chosen = when;
        ServiceCall.run(() -> {
            showSlots(askSlots());
            if (!when.equals(chosen)) {
                reprice();
            }
        });
    }

    /**
     * Asks the store of the basket for its slots of the day chosen; for several stores, every store at once, and
     * answers the slots all of them offer (by start), on the first store's clock.
     */
    private CompletableFuture<List<SlotOption>> askSlots() {
        if (day == null || storeZone == null || basket.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        String lat = latitude() == null ? null : String.valueOf(latitude());
        String lon = longitude() == null ? null : String.valueOf(longitude());
        if (!basket.isSeveralStores()) {
            long storeId = basket.getStoreId();
            String date = day;
            return calls.start(() -> SlotOption.of(slotsApi.slots(storeId, date, lat, lon)));
        }
        LocalDate shown = LocalDate.parse(day);
        ZoneId shownZone = ZoneId.of(storeZone);
        List<CompletableFuture<List<DeliverySlotView>>> byStore = new ArrayList<>();
        for (BasketStore store : basket.getStores()) {
            long storeId = store.getStoreId();
            String zone = storeZones.get(storeId);
            List<LocalDate> dates = zone == null || zone.equals(storeZone) || store.getStoreId() == basket.getStoreId()
                    ? List.of(shown) : datesOverlapping(shown, shownZone, ZoneId.of(zone));
            List<CompletableFuture<List<DeliverySlotView>>> days = dates.stream()
                    .map(date -> calls.start(() -> slotsOrNone(storeId, date.toString(), lat, lon))).toList();
            byStore.add(CompletableFuture.allOf(days.toArray(CompletableFuture[]::new))
                    .thenApply(done -> days.stream().flatMap(d -> d.join().stream()).toList()));
        }
        return CompletableFuture.allOf(byStore.toArray(CompletableFuture[]::new))
                .thenApply(done -> SlotOption.common(byStore.stream().map(CompletableFuture::join).toList()));
    }

    /** The store's slots of its day {@code date}; none for a day it takes no orders for (past, too far ahead). */
    private List<DeliverySlotView> slotsOrNone(long storeId, String date, String lat, String lon) {
        try {
            return slotsApi.slots(storeId, date, lat, lon);
        } catch (ServiceProblem refused) {
            if (refused.status() == 400 || refused.status() == 409) {
                return List.of();
            }
            throw refused;
        }
    }

    /** The days, on {@code other}'s clock, that the day {@code day} on {@code shown}'s clock overlaps. */
    static List<LocalDate> datesOverlapping(LocalDate day, ZoneId shown, ZoneId other) {
        LocalDate first = day.atStartOfDay(shown).withZoneSameInstant(other).toLocalDate();
        LocalDate last = day.plusDays(1).atStartOfDay(shown).minusNanos(1).withZoneSameInstant(other).toLocalDate();
        return first.datesUntil(last.plusDays(1)).toList();
    }

    /**
     * For a basket of stores in different time zones, the zone its times are shown in (the first store's), named
     * in the reader's language; null when every store keeps the same clock.
     */
    public String getSlotZone() {
        if (storeZone == null || storeZones.values().stream().allMatch(storeZone::equals)) {
            return null;
        }
        ZoneId zone = ZoneId.of(storeZone);
        return zone.getDisplayName(TextStyle.FULL, localeSelection.getLocale()) + " (" + zone.getId() + ")";
    }

    private void showSlots(CompletableFuture<List<SlotOption>> offered) {
        slots = ConcurrentCalls.answer(offered);
        if (!ASAP.equals(when) && slots.stream().noneMatch(slot -> slot.getValue().equals(when))) {
            when = ASAP;
        }
    }

    /** Run by the page's live socket when a store's prices, stock or status changed. */
    public void catalogChanged() {
        ServiceCall.run(() -> {
            checkCatalog(readCatalog(), !LiveView.OPEN.equals(live.getEvent()));
            reprice();
        });
    }

    /**
     * The customer chose another slot (or as soon as possible): the basket is priced again for it at once, so the
     * breakdown shown is the one checked for that slot, and a slot a store stopped offering is refused right away.
     */
    public void whenChanged() {
        ServiceCall.run(this::reprice);
    }

    /** The customer chose another tip, or typed one. */
    public void tipChanged() {
        ServiceCall.run(this::reprice);
    }

    /** Asks ordering what the basket costs now, delivered to the chosen place with the chosen tip. */
    private void reprice() {
        showPrice(askPrice());
    }

    /**
     * Starts asking ordering what the basket costs now, delivered to the chosen place with the chosen tip in the chosen
     * slot: the breakdown the customer pays, one store's (with the coupon) or several stores' as one order. Nothing is asked
     * (null) while a line is unavailable or the tip cannot be read.
     */
    private CompletableFuture<Priced> askPrice() {
        price = null;
        storePrices = Map.of();
        if (basket.isEmpty() || !unavailable.isEmpty()) {
            return null;
        }
        OptionalLong tip = tipMinor();
        if (tip.isEmpty()) {
            Messages.error("shop.basket.tipInvalid", Money.of(PlaceOrder.maxTipMinor(basket.getCurrency()), basket.getCurrency())
                    .format(localeSelection.getLocale()));
            return null;
        }
        String bearer = userSession.bearer();
        if (basket.isSeveralStores()) {
            var request = basket.toGroupPriceRequest(latitude(), longitude(), tip.getAsLong(), scheduledFor(),
                    coupon());
            pricedCoupon = request.couponCode();
            pricedSlot = request.scheduledFor();
            return calls.start(() -> new Priced(null, groups.price(bearer, request)));
        }
        PriceRequest request = basket.toPriceRequest(latitude(), longitude(), tip.getAsLong());
        PriceRequest withCoupon = new PriceRequest(request.storeId(), request.lines(), request.latitude(),
                request.longitude(), request.tipMinor(), coupon(), scheduledFor());
        pricedCoupon = coupon();
        pricedSlot = withCoupon.scheduledFor();
        return calls.start(() -> new Priced(ordering.price(bearer, withCoupon), null));
    }

    private void showPrice(CompletableFuture<Priced> asked) {
        if (asked == null) {
            return;
        }
        Priced priced = ConcurrentCalls.answer(asked);
        Locale reader = localeSelection.getLocale();
        shown = null;
        if (priced.one() != null) {
            price = PriceSummary.of(priced.one(), reader);
            shown = new Shown(priced.one().totalMinor() - priced.one().tipMinor(), pricedCoupon, pricedSlot);
            return;
        }
        GroupPriceBreakdown several = priced.several();
        shown = new Shown(several.totalMinor() - several.tipMinor(), pricedCoupon, pricedSlot);
        price = PriceSummary.of(several, reader);
        Map<Long, PriceSummary> byStore = new HashMap<>();
        several.parts().forEach(part -> byStore.put(part.storeId(), PriceSummary.of(part, several.currency(), reader)));
        storePrices = byStore;
    }

    /** The total last shown (null: none), with the coupon and slot it was asked with. */
    private Shown shown;
    private String pricedCoupon;
    private Instant pricedSlot;

    /** Ordering's price of a basket of one store, or of several. */
    private record Priced(PriceBreakdown one, GroupPriceBreakdown several) {
    }

    /**
     * The total last shown, without its tip (the tip is the customer's own to change before placing), and the coupon
     * and slot it was priced with: checkout refuses an order that would now cost another amount.
     */
    private record Shown(long withoutTipMinor, String coupon, Instant slot) implements Serializable {

        /** Whether this total was shown for an order with this coupon in this slot (null: as soon as possible). */
        boolean isFor(String couponCode, Instant scheduledFor) {
            return Objects.equals(coupon, couponCode) && Objects.equals(slot, scheduledFor);
        }
    }

    /** The customer applied (or cleared) a coupon code: the basket is priced again, with why it applies or not. */
    public void applyCoupon() {
        ServiceCall.run(this::reprice);
    }

    private String coupon() {
        return couponCode == null || couponCode.isBlank() ? null : couponCode.strip();
    }

    private OptionalLong tipMinor() {
        return Tip.minor(tipChoice, customTip, basket.getCurrency());
    }

    private Double latitude() {
        return place.isChosen() ? place.getLatitude() : null;
    }

    private Double longitude() {
        return place.isChosen() ? place.getLongitude() : null;
    }

    /** The shelf of the basket's products and each of its stores, asked at once. */
    private CatalogRead readCatalog() {
        List<BasketLine> lines = basket.getLines();
        String language = localeSelection.getLanguage();
        List<Long> productIds = lines.stream().map(BasketLine::getProductId).toList();
        var shelf = lines.isEmpty() ? CompletableFuture.completedFuture(List.<ProductView>of())
                : calls.start(() -> catalog.productsByIds(productIds, language));
        List<CompletableFuture<StoreView>> stores = basket.getStores().stream().map(BasketStore::getStoreId)
                .map(id -> calls.start(() -> catalog.store(id))).toList();
        return new CatalogRead(lines, shelf, stores);
    }

    private record CatalogRead(List<BasketLine> lines, CompletableFuture<List<ProductView>> shelf,
                               List<CompletableFuture<StoreView>> stores) {
    }

    /**
     * Compares the basket with the shelf: lines that cannot be ordered any more are marked (and, when
     * {@code tell}, announced by name); prices that moved are updated and announced. Notes each store's status.
     */
    private void checkCatalog(CatalogRead read, boolean tell) {
        Map<Long, String> statuses = new HashMap<>();
        Map<Long, String> zones = new HashMap<>();
        for (CompletableFuture<StoreView> asked : read.stores()) {
            StoreView store = ConcurrentCalls.answer(asked);
            statuses.put(store.id(), store.status());
            zones.put(store.id(), store.timeZone());
        }
        storeStatus = statuses;
        storeZones = zones;
        storeZone = basket.isEmpty() ? storeZone : zones.getOrDefault(basket.getStoreId(), storeZone);
        Map<Long, ProductView> shelf = ConcurrentCalls.answer(read.shelf()).stream()
                .collect(Collectors.toMap(ProductView::id, Function.identity()));
        Set<String> gone = new HashSet<>();
        for (BasketLine line : read.lines()) {
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
        ServiceCall.run(this::reprice);
    }

    public void decrease(String key) {
        basket.decrease(key);
        ServiceCall.run(this::lineGone);
    }

    public void remove(String key) {
        basket.remove(key);
        unavailable = unavailable.stream().filter(k -> !k.equals(key)).collect(Collectors.toSet());
        ServiceCall.run(this::lineGone);
    }

    /**
     * Prices the basket again; when the last line of a store went, the slots of the stores left are offered (the first
     * store's clock may now be another's).
     */
    private void lineGone() {
        if (basket.isEmpty() || basket.getStores().size() == storeZones.size()) {
            reprice();
            return;
        }
        storeZones = storeZones.entrySet().stream()
                .filter(e -> basket.getStores().stream().anyMatch(s -> s.getStoreId() == e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        String zone = storeZones.get(basket.getStoreId());
        if (zone != null && !zone.equals(storeZone)) {
            storeZone = zone;
            day = LocalDate.now(ZoneId.of(storeZone)).toString();
        }
        var priced = askPrice();
        var offered = askSlots();
        showPrice(priced);
        showSlots(offered);
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
        OptionalLong tip = tipMinor();
        if (tip.isEmpty()) {
            Messages.error("shop.basket.tipInvalid", Money.of(PlaceOrder.maxTipMinor(basket.getCurrency()), basket.getCurrency())
                    .format(localeSelection.getLocale()));
            return null;
        }
        if (basket.isSeveralStores()) {
            return placeGroup(tip.getAsLong());
        }
        PlaceOrder basketOrder = basket.toOrder(paymentMethodId, deliveryAddress.strip(), latitude(), longitude(),
                tip.getAsLong(), scheduledFor());
        PlaceOrder order = new PlaceOrder(basketOrder.storeId(), basketOrder.lines(), basketOrder.paymentMethodId(),
                basketOrder.deliveryAddress(), basketOrder.latitude(), basketOrder.longitude(), basketOrder.tipMinor(),
                basketOrder.scheduledFor(), coupon());
        if (shown != null && shown.isFor(coupon(), order.scheduledFor())) {
            order = order.expecting(shown.withoutTipMinor() + tip.getAsLong());
        }
        String key = basket.checkoutKey(order);
        Optional<Stop> earlier = earlierCheckoutThatWentThrough(key);
        if (earlier.isPresent()) {
            return earlier.get().outcome();
        }
        try {
            OrderView placed = ordering.place(userSession.bearer(), key, order);
            if (coupon() != null && placed.discounts().stream().noneMatch(d -> "COUPON".equals(d.kind()))) {
                Messages.warn("shop.basket.couponNotApplied");
            }
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
            if ("problem.order.authenticationRequired".equals(problem.code()) && errors != null
                    && errors.get("challengeUrl") instanceof JsonString challengeUrl) {
                return toChallenge(challengeUrl.getString(), CheckoutChallenge.Waiting.ofOrder(key, order));
            }
            Problems.show(problem);
            repriceIfChanged(problem);
            return null;
        } catch (RuntimeException noAnswer) {
            basket.checkoutUnsure(key);
            Problems.show(noAnswer);
            return null;
        }
    }

    private String toChallenge(String challengeUrl, CheckoutChallenge.Waiting checkout) {
        try {
            challenge.send(challengeUrl, checkout);
        } catch (IOException e) {
            Problems.show(new IllegalStateException("could not send the browser to the bank's page", e));
        }
        return null;
    }

    /**
     * Back from the bank's 3-D Secure page ({@code state} made by {@link CheckoutChallenge}, or Stripe's
     * {@code payment_intent} on its fixed return address): the checkout is asked
     * again with the same Idempotency-Key, whatever the customer answered there (payment decides), and its order's page
     * opens; a refusal shows here. False when this is not such a return.
     */
    private boolean backFromChallenge() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, String> parameters = external.getRequestParameterMap();
        String state = parameters.get("state");
        boolean fromStripe = state == null && parameters.get("payment_intent") != null;
        if ((state == null && !fromStripe) || parameters.get("challenge") == null) {
            return false;
        }
        Optional<CheckoutChallenge.Waiting> waiting = fromStripe ? challenge.takeBackFromGateway() : challenge.take(state);
        if (waiting.isEmpty()) {
            Messages.error("shop.basket.challengeNotAsked");
            return false;
        }
        try {
            String page;
            if (waiting.get().isGroup()) {
                page = "/orders/group.xhtml?id="
                        + groups.place(userSession.bearer(), waiting.get().key(), waiting.get().group()).id();
            } else {
                page = "/orders/order.xhtml?id="
                        + ordering.place(userSession.bearer(), waiting.get().key(), waiting.get().order()).id();
            }
            basket.clear();
            external.redirect(external.getRequestContextPath() + page);
            return true;
        } catch (ServiceProblem problem) {
            Problems.show(problem);
        } catch (IOException | RuntimeException noAnswer) {
            if (waiting.get().isGroup()) {
                basket.groupCheckoutUnsure(waiting.get().key());
            } else {
                basket.checkoutUnsure(waiting.get().key());
            }
            Problems.show(noAnswer);
        }
        return false;
    }

    /**
     * Places a basket of several stores as one multi-store order (one payment; as soon as possible or in the slot
     * chosen, which every store offers); on success the
     * basket is emptied and the multi-store order's page opens. A refusal (a declined card, a store closed, a product
     * gone) is said on the page and the basket stays; a retry of the same basket uses the same key. A bank asking for
     * 3-D Secure sends the customer to its page, and the same checkout is asked again on the way back.
     */
    private String placeGroup(long tipMinor) {
        PlaceGroupOrder order = basket.toGroupOrder(paymentMethodId, deliveryAddress.strip(), latitude(), longitude(),
                tipMinor, scheduledFor(), coupon());
        if (shown != null && shown.isFor(order.couponCode(), order.scheduledFor())) {
            order = order.expecting(shown.withoutTipMinor() + tipMinor);
        }
        String key = basket.checkoutKey(order);
        Optional<Stop> earlier = earlierCheckoutThatWentThrough(key);
        if (earlier.isPresent()) {
            return earlier.get().outcome();
        }
        try {
            OrderGroupView placed = groups.place(userSession.bearer(), key, order);
            if ("PENDING".equals(placed.status())) {
                basket.groupCheckoutUnsure(key);
                Messages.warn("problem.order.pending");
            } else {
                basket.clear();
            }
            return groupPage(placed.id());
        } catch (ServiceProblem problem) {
            if (problem.status() >= 500) {
                basket.groupCheckoutUnsure(key);
            }
            JsonObject errors = problem.errors();
            if ("problem.order.pending".equals(problem.code()) && errors != null && errors.containsKey("groupId")) {
                Messages.warn("problem.order.pending");
                return groupPage(errors.getJsonNumber("groupId").longValue());
            }
            if ("problem.order.authenticationRequired".equals(problem.code()) && errors != null
                    && errors.get("challengeUrl") instanceof JsonString challengeUrl) {
                return toChallenge(challengeUrl.getString(), CheckoutChallenge.Waiting.ofGroup(key, order));
            }
            Problems.show(problem);
            repriceIfChanged(problem);
            return null;
        } catch (RuntimeException noAnswer) {
            basket.groupCheckoutUnsure(key);
            Problems.show(noAnswer);
            return null;
        }
    }

    /** A total that changed since it was shown: the new one is shown at once, for the customer to place it again. */
    private void repriceIfChanged(ServiceProblem problem) {
        if ("problem.order.priceChanged".equals(problem.code())) {
            reprice();
        }
    }

    /** The start of the slot chosen; null for as soon as possible. */
    private Instant scheduledFor() {
        return ASAP.equals(when) ? null : Instant.parse(when);
    }

    private static String groupPage(long groupId) {
        return "/orders/group.xhtml?faces-redirect=true&id=" + groupId;
    }

    /**
     * Before paying for a changed basket, a checkout that ended without an answer is looked up by its key (an order's,
     * or a multi-store order's, whichever the basket was then). Empty when the basket may be paid: no such checkout, or
     * it did not go through. Else where to go instead of paying: the order that went through after all, with a notice
     * saying so; or nowhere (the page stays, saying why) when ordering still does not answer, the checkout then being
     * remembered again.
     */
    private Optional<Stop> earlierCheckoutThatWentThrough(String currentKey) {
        Optional<Basket.UnsureCheckout> unsure = basket.takeUnsure().filter(u -> !u.key().equals(currentKey));
        if (unsure.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> page;
        try {
            page = wentThrough(unsure.get());
        } catch (RuntimeException stillNoAnswer) {
            basket.stillUnsure(unsure.get());
            Problems.show(stillNoAnswer);
            return Optional.of(new Stop(null));
        }
        page.ifPresent(shown -> {
            Messages.warn(unsure.get().group() ? "shop.basket.earlierGroupCheckoutWentThrough"
                    : "shop.basket.earlierCheckoutWentThrough");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        });
        return page.map(Stop::new);
    }

    /** The page of the order (multi-store order) the checkout placed, unless it placed none or it failed. */
    private Optional<String> wentThrough(Basket.UnsureCheckout unsure) {
        String bearer = userSession.bearer();
        if (unsure.group()) {
            return groups.groupsByKey(bearer, unsure.key()).stream().filter(g -> !"FAILED".equals(g.status()))
                    .findFirst().map(g -> groupPage(g.id()));
        }
        return ordering.ordersByKey(bearer, unsure.key()).stream().filter(o -> !"FAILED".equals(o.status()))
                .findFirst().map(o -> orderPage(o.id()));
    }

    /** Where a checkout goes instead of paying (its action's outcome; null: the page stays). */
    private record Stop(String outcome) {
    }

    private static String orderPage(long orderId) {
        return "/orders/order.xhtml?faces-redirect=true&id=" + orderId;
    }

    public String amountOf(BasketLine line) {
        return line.amount().format(localeSelection.getLocale());
    }

    /** What a store's lines come to: as ordering priced them for a basket of several stores, else at the prices shown. */
    public String subtotalOf(BasketStore store) {
        PriceSummary priced = storePrices.get(store.getStoreId());
        return priced != null ? priced.getSubtotal() : store.subtotal().format(localeSelection.getLocale());
    }

    /** The VAT a store's lines contain, per rate, for a basket of several stores once priced; none otherwise. */
    public List<PriceSummary.VatRow> vatOf(BasketStore store) {
        PriceSummary priced = storePrices.get(store.getStoreId());
        return priced == null ? List.of() : priced.getVat();
    }

    /**
     * The promotions ordering considered for a store's part of a basket of several stores once priced: its discounts
     * with what they take off, and the coupon entered with why it does not apply (up to the store it applies to).
     */
    public List<PriceSummary.OfferRow> offersOf(BasketStore store) {
        PriceSummary priced = storePrices.get(store.getStoreId());
        return priced == null ? List.of() : priced.getOffers();
    }

    /** The store's opening status now (OPEN, CLOSED, PAUSED, CLOSED_EXCEPTIONALLY); null when not known. */
    public String statusOf(BasketStore store) {
        return storeStatus.get(store.getStoreId());
    }

    public String getTotal() {
        return basket.total().format(localeSelection.getLocale());
    }

    public PriceSummary getPrice() {
        return price;
    }

    /** The place the delivery fee is for, when the customer chose one; null otherwise (the store's base fee). */
    public String getPlaceLabel() {
        return place.isChosen() ? place.getLabel() : null;
    }

    /** The tips offered: none, then whole units of the store's currency, then a typed amount. */
    public List<String> getTipChoices() {
        return Stream.concat(Tip.PRESETS.stream(), Stream.of(Tip.CUSTOM)).toList();
    }

    /** How a preset tip reads: "€2.00"; "custom" is labelled by the page. */
    public String tipLabel(String choice) {
        return Tip.CUSTOM.equals(choice) || basket.getCurrency() == null ? choice
                : Money.of(Tip.minor(choice, null, basket.getCurrency()).orElse(0), basket.getCurrency())
                        .format(localeSelection.getLocale());
    }

    public String getTipChoice() {
        return tipChoice;
    }

    public void setTipChoice(String tipChoice) {
        this.tipChoice = tipChoice;
    }

    public boolean isTypingTip() {
        return Tip.CUSTOM.equals(tipChoice);
    }

    public String getCustomTip() {
        return customTip;
    }

    public void setCustomTip(String customTip) {
        this.customTip = customTip;
    }

    public String getWhen() {
        return when;
    }

    public void setWhen(String when) {
        this.when = when == null || when.isBlank() ? ASAP : when;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public List<SlotOption> getSlots() {
        return slots;
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

    public String getCouponCode() {
        return couponCode;
    }

    public void setCouponCode(String couponCode) {
        this.couponCode = couponCode;
    }

    public String getDeliveryAddress() {
        return deliveryAddress;
    }

    public void setDeliveryAddress(String deliveryAddress) {
        this.deliveryAddress = deliveryAddress;
    }
}
