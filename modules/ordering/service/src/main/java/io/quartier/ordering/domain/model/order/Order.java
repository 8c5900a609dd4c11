package io.quartier.ordering.domain.model.order;

import io.quartier.kernel.Money;
import io.quartier.kernel.Shares;
import io.quartier.kernel.domain.DomainException;
import io.quartier.ordering.api.OrderStatus;
import io.quartier.ordering.api.PlaceOrder;
import io.quartier.ordering.api.RejectionReason;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A customer's order from one store, priced from the catalog when it was asked for. Its status only moves forward
 * (see {@link OrderStatus}): pending while checkout holds stock and payment, then placed or failed; a placed order
 * is accepted or rejected by its merchant, rejected by the platform when nobody accepts it in time, or cancelled by
 * its customer before acceptance; an accepted one is picked up by a courier and delivered.
 * <p>
 * What it costs: its lines, the delivery fee quoted for its place, and the customer's tip for the courier, all VAT
 * included, less the discounts promotion gave it (never more than the lines and the fee: the tip is the courier's);
 * {@link #total()} is what payment authorises. {@link #vat()} splits the VAT per rate in what is charged after
 * the discounts (the fee at its country's standard rate, see {@link DeliveryVat}; the tip carries none).
 */
@Entity
@Table(name = "orders")
public class Order {

    public static final int MAX_PREPARATION_MINUTES = 180;

    @Id
    @SequenceGenerator(name = "order_seq", sequenceName = "order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "idempotency_key", nullable = false, length = 100)
    private String idempotencyKey;

    @Column(name = "request_fingerprint", nullable = false, length = 64)
    private String requestFingerprint;

    @Column(name = "merchant_id", nullable = false)
    private long merchantId;

    @Column(name = "store_id", nullable = false)
    private long storeId;

    @Column(name = "store_name", nullable = false, length = 200)
    private String storeName;

    @Column(name = "store_address", nullable = false, length = 300)
    private String storeAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrderStatus status;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "order_id", nullable = false)
    @OrderColumn(name = "position")
    private List<OrderLine> lines = new ArrayList<>();

    @Column(name = "total_minor", nullable = false)
    private long totalMinor;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "delivery_address", nullable = false, length = 300)
    private String deliveryAddress;

    /** Where the customer is delivered; null when the client sent no coordinates (the base fee was charged). */
    @Column(name = "delivery_latitude")
    private Double deliveryLatitude;

    @Column(name = "delivery_longitude")
    private Double deliveryLongitude;

    @Column(name = "delivery_fee_minor", nullable = false)
    private long deliveryFeeMinor;

    @Column(name = "delivery_fee_vat_bp", nullable = false)
    private int deliveryFeeVatBasisPoints;

    @Column(name = "tip_minor", nullable = false)
    private long tipMinor;

    /** The store's country (ISO 3166 alpha-2), whose VAT a receipt shows; null on orders from before it was kept. */
    @Column(name = "store_country", length = 2)
    private String storeCountry;

    /** The store's time zone, which a receipt dates the order in; null on orders from before it was kept. */
    @Column(name = "store_time_zone", length = 60)
    private String storeTimeZone;

    @Column(name = "payment_authorization_id")
    private Long paymentAuthorizationId;

    @Column(name = "courier_id")
    private Long courierId;

    /** Until when the merchant may accept a placed order; after that the platform rejects it. */
    @Column(name = "accept_by")
    private Instant acceptBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_reason", length = 30)
    private RejectionReason rejectionReason;

    /** Why its courier could not deliver it (a delivery {@code DeliveryFailureReason} name), once DELIVERY_FAILED. */
    @Column(name = "delivery_failure_reason", length = 30)
    private String deliveryFailureReason;

    /** The courier's short note on the failed delivery; null when none. */
    @Column(name = "delivery_failure_note", length = 280)
    private String deliveryFailureNote;

    /** The problem (HTTP status and code) that made checkout fail (a FAILED order), answered again to a retry. */
    @Column(name = "failure_code", length = 80)
    private String failureCode;

    @Column(name = "failure_status")
    private Integer failureStatus;

    /** The customer's payment method, kept so that an interrupted checkout can be taken up again. */
    @Column(name = "payment_method_id")
    private Long paymentMethodId;

    /** When what a failed checkout held (stock, a payment hold) was given back; null until then. */
    @Column(name = "compensated_at")
    private Instant compensatedAt;

    /** The slot (its window's start) a scheduled order is to be served in; null for as soon as possible. */
    @Column(name = "scheduled_for")
    private Instant scheduledFor;

    /** When a scheduled order goes to its merchant, in time for the kitchen; null for as soon as possible. */
    @Column(name = "release_at")
    private Instant releaseAt;

    @Column(name = "preparation_minutes")
    private Integer preparationMinutes;

    @Column(name = "ready_by")
    private Instant readyBy;

    @Column(name = "ticket_prints", nullable = false)
    private int ticketPrints;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The coupon code the customer entered, as it was applied; null when none applied. */
    @Column(name = "coupon_code", length = 40)
    private String couponCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_discount", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    private List<OrderDiscount> discounts = new ArrayList<>();

    /** The multi-store order this order is a part of; null for an order of one store. */
    @Column(name = "group_id")
    private Long groupId;

    /** When the customer's account was deleted and the delivery address erased with it; null until then. */
    @Column(name = "customer_erased_at")
    private Instant customerErasedAt;

    protected Order() {
    }

    public Order(long customerId, String idempotencyKey, String requestFingerprint, long merchantId, long storeId,
                 String storeName, String storeAddress, String storeCountry, String storeTimeZone, String currency,
                 String deliveryAddress, long paymentMethodId) {
        this.storeCountry = storeCountry;
        this.storeTimeZone = storeTimeZone;
        this.customerId = customerId;
        this.paymentMethodId = paymentMethodId;
        this.idempotencyKey = idempotencyKey;
        this.requestFingerprint = requestFingerprint;
        this.merchantId = merchantId;
        this.storeId = storeId;
        this.storeName = storeName;
        this.storeAddress = storeAddress;
        this.currency = currency;
        this.deliveryAddress = deliveryAddress;
        this.status = OrderStatus.PENDING;
        this.placedAt = Instant.now();
        this.updatedAt = placedAt;
    }

    /** A product at its unit price (VAT included, options included) and its VAT rate in basis points. */
    public void addLine(long productId, String name, int quantity, Money unitPrice, int vatBasisPoints) {
        requireCurrency(unitPrice, "product " + productId);
        VatShare.requireRate(vatBasisPoints);
        lines.add(new OrderLine(productId, name, quantity, unitPrice.getAmountMinor(), vatBasisPoints));
        totalMinor = total().getAmountMinor();
    }

    /**
     * The delivery: the place's coordinates (both null when the client sent none) and the fee quoted for it, taxed at
     * the standard rate of the store's country.
     *
     * @throws DomainException invalid {@code problem.order.invalidDeliveryFee} for a negative fee
     */
    public void deliverTo(Double latitude, Double longitude, Money fee) {
        requireCurrency(fee, "the delivery fee");
        if (fee.isNegative()) {
            throw DomainException.invalid("problem.order.invalidDeliveryFee", "a delivery fee of " + fee.getAmountMinor());
        }
        this.deliveryLatitude = latitude;
        this.deliveryLongitude = longitude;
        this.deliveryFeeMinor = fee.getAmountMinor();
        this.deliveryFeeVatBasisPoints = DeliveryVat.basisPoints(storeCountry);
        totalMinor = total().getAmountMinor();
    }

    /**
     * The customer's tip for the courier.
     *
     * @throws DomainException invalid {@code problem.order.invalidTip} outside 0 to
     *         {@link PlaceOrder#maxTipMinor(String)} of the order's currency
     */
    public void tip(Money tip) {
        requireCurrency(tip, "the tip");
        long most = PlaceOrder.maxTipMinor(tip.getCurrency());
        if (tip.isNegative() || tip.getAmountMinor() > most) {
            throw DomainException.invalid("problem.order.invalidTip", "a tip in " + tip.getCurrency() + " is 0 to "
                    + most + " minor units, not " + tip.getAmountMinor()).withError("maxTipMinor", most);
        }
        this.tipMinor = tip.getAmountMinor();
        totalMinor = total().getAmountMinor();
    }

    /** The lines, VAT included. */
    public Money subtotal() {
        long sum = 0;
        for (OrderLine line : lines) {
            sum = Math.addExact(sum, line.amountMinor());
        }
        return Money.of(sum, currency);
    }

    /** What the customer pays: the lines, the delivery fee and the tip, less the discounts. */
    public Money total() {
        return subtotal().plus(getDeliveryFee()).plus(getTip()).plus(Money.of(-discountMinor(), currency));
    }

    /**
     * The discounts promotion gave the priced order, replacing any before (a checkout prices once).
     *
     * @throws DomainException invalid {@code problem.order.invalidDiscount} for a negative discount, or discounts
     *                         passing the lines and the delivery fee
     */
    public void discount(List<OrderDiscount> given, String couponCode) {
        long sum = 0;
        for (OrderDiscount d : given) {
            if (d.getAmountMinor() < 0) {
                throw DomainException.invalid("problem.order.invalidDiscount", "a discount of " + d.getAmountMinor());
            }
            sum = Math.addExact(sum, d.getAmountMinor());
        }
        if (sum > Math.addExact(subtotal().getAmountMinor(), deliveryFeeMinor)) {
            throw DomainException.invalid("problem.order.invalidDiscount", "discounts of " + sum
                    + " pass the lines and the delivery fee");
        }
        discounts = new ArrayList<>(given);
        this.couponCode = couponCode;
        totalMinor = total().getAmountMinor();
    }

    /** The sum of the discounts. */
    public long discountMinor() {
        return discounts.stream().mapToLong(OrderDiscount::getAmountMinor).reduce(0, Math::addExact);
    }

    /**
     * The VAT per rate in what the order charges, after its discounts (the tip is no supply of the store's: no VAT).
     * A discount lowers the taxable amount, as on an invoice: a free delivery comes off the delivery fee at the fee's
     * rate; every other discount (a coupon, a happy hour, 2 for 1) comes off the lines, spread over their rates in
     * proportion to what the lines charge at each rate ({@link Shares}, to the cent; the order does not keep which
     * lines a happy hour or 2 for 1 was on, so such a discount is spread the same way, which is exact whenever the
     * store sells at one rate); what the lines cannot take comes off the fee. Lines of orders placed before rates were
     * kept are left out, and such an order has no shares.
     */
    public List<VatShare> vat() {
        return vat(true);
    }

    /**
     * The VAT per rate in what the lines charge after the discounts taken off them, as {@link #vat()} splits it, the
     * delivery fee left out (what a multi-store order's part shows for its own lines; the fee is the whole order's).
     */
    public List<VatShare> linesVat() {
        return vat(false);
    }

    private List<VatShare> vat(boolean withFee) {
        if (lines.stream().anyMatch(line -> line.getVatBasisPoints() == null)) {
            return List.of();
        }
        SortedMap<Integer, Long> linesByRate = new TreeMap<>();
        for (OrderLine line : lines) {
            linesByRate.merge(line.getVatBasisPoints(), line.amountMinor(), Math::addExact);
        }
        long offFee = discounts.stream().filter(OrderDiscount::onDeliveryFee).mapToLong(OrderDiscount::getAmountMinor)
                .reduce(0, Math::addExact);
        long offLines = Math.min(subtotal().getAmountMinor(), discountMinor() - Math.min(offFee, deliveryFeeMinor));
        Map<Integer, Long> lineShares = Shares.split(offLines, linesByRate);
        Map<Integer, Long> grossByRate = new HashMap<>();
        linesByRate.forEach((rate, gross) -> grossByRate.merge(rate, gross - lineShares.get(rate), Math::addExact));
        long feeCharged = deliveryFeeMinor - (discountMinor() - offLines);
        if (withFee && feeCharged > 0) {
            grossByRate.merge(deliveryFeeVatBasisPoints, feeCharged, Math::addExact);
        }
        return VatShare.split(grossByRate);
    }

    private void requireCurrency(Money amount, String what) {
        if (!Objects.equals(amount.getCurrency(), currency)) {
            throw DomainException.invalid("problem.order.currencyMismatch",
                    what + " is in " + amount.getCurrency() + ", the store's prices in " + currency);
        }
    }

    /** Checkout's last step: stock held, payment authorised. The merchant has until {@code acceptBy} to answer. */
    public void placed(long authorizationId, Instant acceptBy) {
        move(OrderStatus.PENDING, OrderStatus.PLACED);
        this.paymentAuthorizationId = authorizationId;
        this.acceptBy = acceptBy;
    }

    /**
     * While it is being placed: the order is for the slot starting {@code servedIn}, and goes to its merchant at
     * {@code releaseAt}.
     */
    public void scheduleFor(Instant servedIn, Instant releaseAt) {
        if (status != OrderStatus.PENDING) {
            throw new IllegalStateException("order " + id + " is " + status + ": only a checkout is scheduled");
        }
        this.scheduledFor = servedIn;
        this.releaseAt = releaseAt;
    }

    /** Checkout's last step for an order for a later slot: paid and held, waiting for its release. */
    public void scheduled(long authorizationId) {
        if (scheduledFor == null) {
            throw new IllegalStateException("order " + id + " has no slot");
        }
        move(OrderStatus.PENDING, OrderStatus.SCHEDULED);
        this.paymentAuthorizationId = authorizationId;
    }

    /** Its time came: the merchant now has until {@code acceptBy} to answer; false when it is not waiting any more. */
    public boolean releaseIfDueBy(Instant now, Instant acceptBy) {
        if (status != OrderStatus.SCHEDULED || now.isBefore(releaseAt)) {
            return false;
        }
        move(OrderStatus.SCHEDULED, OrderStatus.PLACED);
        this.acceptBy = acceptBy;
        return true;
    }

    /** A checkout step refused ({@code problemCode} says which); what earlier steps held has been given back. */
    public void failed(int problemStatus, String problemCode) {
        move(OrderStatus.PENDING, OrderStatus.FAILED);
        this.failureStatus = problemStatus;
        this.failureCode = problemCode;
    }

    /**
     * A failed order gives its checkout's idempotency key up, so that the checkout asked again with it makes a new
     * order (the customer answered the bank's 3-D Secure challenge meanwhile). Only a failed order; idempotent.
     */
    public void retireKey() {
        if (status != OrderStatus.FAILED) {
            throw new IllegalStateException("order " + id + " is " + status + ": only a failed order gives its key up");
        }
        idempotencyKey = "retired:" + id;
    }

    /** What the failed checkout held has been given back. */
    public void compensated(Instant at) {
        if (status != OrderStatus.FAILED) {
            throw new IllegalStateException("order " + id + " is " + status + ", not FAILED: nothing to give back");
        }
        compensatedAt = at;
    }

    /** The merchant takes the order, to be ready {@code preparationMinutes} after {@code now}. */
    public void accept(int preparationMinutes, Instant now) {
        if (preparationMinutes < 1 || preparationMinutes > MAX_PREPARATION_MINUTES) {
            throw DomainException.invalid("problem.order.preparationMinutes",
                    "a preparation takes 1 to " + MAX_PREPARATION_MINUTES + " minutes, not " + preparationMinutes);
        }
        move(OrderStatus.PLACED, OrderStatus.ACCEPTED);
        this.preparationMinutes = preparationMinutes;
        this.readyBy = now.plus(Duration.ofMinutes(preparationMinutes)).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The kitchen starts on the accepted order. */
    public void startPreparing() {
        move(OrderStatus.ACCEPTED, OrderStatus.IN_PREPARATION);
    }

    /** The kitchen has it ready, whether or not it said it had started. */
    public void ready() {
        if (status == OrderStatus.ACCEPTED) {
            startPreparing();
        }
        move(OrderStatus.IN_PREPARATION, OrderStatus.READY);
    }

    /** Counts a print of the kitchen ticket, which only an order the kitchen works on has; returns its number. */
    public int printTicket() {
        if (status != OrderStatus.ACCEPTED && status != OrderStatus.IN_PREPARATION && status != OrderStatus.READY) {
            throw DomainException.conflict("problem.order.noTicket",
                    "order " + id + " is " + status + ": only an accepted order has a kitchen ticket");
        }
        return ++ticketPrints;
    }

    public void reject(RejectionReason reason) {
        if (reason == null || reason == RejectionReason.NOT_ACCEPTED_IN_TIME) {
            throw DomainException.invalid("problem.order.rejectionReason", "a merchant rejects with one of its reasons");
        }
        move(OrderStatus.PLACED, OrderStatus.REJECTED);
        this.rejectionReason = reason;
    }

    /** Nobody accepted the order before its deadline: false when it is no longer waiting (accepted meanwhile). */
    public boolean rejectIfUnacceptedBy(Instant now) {
        if (status != OrderStatus.PLACED || acceptBy == null || now.isBefore(acceptBy)) {
            return false;
        }
        move(OrderStatus.PLACED, OrderStatus.REJECTED);
        this.rejectionReason = RejectionReason.NOT_ACCEPTED_IN_TIME;
        return true;
    }

    /** The customer changes their mind: free, and only before the merchant accepts (a scheduled order too). */
    public void cancelByCustomer() {
        if (status == OrderStatus.ACCEPTED || status == OrderStatus.IN_PREPARATION || status == OrderStatus.READY
                || status == OrderStatus.PICKED_UP) {
            throw DomainException.conflict("problem.order.alreadyAccepted",
                    "order " + id + " was accepted by its merchant: ask support to cancel it");
        }
        move(status == OrderStatus.SCHEDULED ? OrderStatus.SCHEDULED : OrderStatus.PLACED, OrderStatus.CANCELLED);
    }

    /** A courier took it at the store: what the kitchen handed over was ready, whatever the kitchen had marked. */
    public void pickedUp(long courierId) {
        if (status == OrderStatus.ACCEPTED || status == OrderStatus.IN_PREPARATION) {
            status = OrderStatus.READY;
        }
        move(OrderStatus.READY, OrderStatus.PICKED_UP);
        this.courierId = courierId;
    }

    public void delivered() {
        move(OrderStatus.PICKED_UP, OrderStatus.DELIVERED);
    }

    /**
     * Its courier, holding it, could not deliver it, for {@code reason} (delivery's name for it, kept as said) with
     * its {@code note}: the order's life is over and nothing is charged.
     */
    public void deliveryFailed(String reason, String note) {
        move(OrderStatus.PICKED_UP, OrderStatus.DELIVERY_FAILED);
        this.deliveryFailureReason = reason;
        this.deliveryFailureNote = note;
    }

    /** Delivery gave it to a courier (or an admin to another): known from then, before pickup; ignored once over. */
    public void courierAssigned(long courierId) {
        if (status != OrderStatus.PICKED_UP && !status.isFinal()) {
            this.courierId = courierId;
        }
    }

    private void move(OrderStatus from, OrderStatus to) {
        if (status != from) {
            throw DomainException.conflict("problem.order.wrongStatus",
                    "order " + id + " is " + status + ", it must be " + from + " to become " + to);
        }
        status = to;
        updatedAt = Instant.now();
    }

    /**
     * The customer deleted their account: the delivery address, the one thing of theirs an order keeps, is erased;
     * what the merchant's books need (lines, amounts, dates, the store) stays.
     */
    public void eraseCustomer(Instant now) {
        deliveryAddress = "";
        customerErasedAt = now;
    }

    /**
     * While it is being placed: the order is one store's part of the multi-store order {@code groupId}, under its own
     * key ({@code partKey}, unique per customer like any order's).
     */
    public void partOf(long groupId, String partKey) {
        if (status != OrderStatus.PENDING || id != null) {
            throw new IllegalStateException("order " + id + " is " + status + ": only a new checkout joins a group");
        }
        this.groupId = groupId;
        this.idempotencyKey = partKey;
    }

    /** Whether the order charges the delivery: a fee or a tip. */
    public boolean carriesDelivery() {
        return deliveryFeeMinor > 0 || tipMinor > 0;
    }

    /**
     * A part of a multi-store order that will not be delivered gives the delivery fee and the tip, which the whole
     * order pays once, to another part of the same order, which the courier still delivers (the fee taxed at the
     * standard rate of that part's store's country).
     */
    public void handDeliveryTo(Order heir) {
        if (groupId == null || !groupId.equals(heir.groupId) || heir == this) {
            throw new IllegalStateException("order " + id + " hands its delivery only to another part of its group");
        }
        heir.deliveryLatitude = deliveryLatitude;
        heir.deliveryLongitude = deliveryLongitude;
        heir.deliveryFeeMinor = Math.addExact(heir.deliveryFeeMinor, deliveryFeeMinor);
        heir.deliveryFeeVatBasisPoints = DeliveryVat.basisPoints(heir.storeCountry);
        heir.tipMinor = Math.addExact(heir.tipMinor, tipMinor);
        heir.totalMinor = heir.total().getAmountMinor();
        deliveryFeeMinor = 0;
        tipMinor = 0;
        totalMinor = total().getAmountMinor();
    }

    public boolean isMatchedBy(String fingerprint) {
        return requestFingerprint.equals(fingerprint);
    }

    public Long getId() {
        return id;
    }

    /** The multi-store order this is a part of; null for an order of one store. */
    public Long getGroupId() {
        return groupId;
    }

    public List<OrderDiscount> getDiscounts() {
        return List.copyOf(discounts);
    }

    public String getCouponCode() {
        return couponCode;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public long getCustomerId() {
        return customerId;
    }

    public long getMerchantId() {
        return merchantId;
    }

    public long getStoreId() {
        return storeId;
    }

    public String getStoreName() {
        return storeName;
    }

    public String getStoreAddress() {
        return storeAddress;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public List<OrderLine> getLines() {
        return List.copyOf(lines);
    }

    public String getCurrency() {
        return currency;
    }

    public String getDeliveryAddress() {
        return deliveryAddress;
    }

    public Double getDeliveryLatitude() {
        return deliveryLatitude;
    }

    public Double getDeliveryLongitude() {
        return deliveryLongitude;
    }

    public Money getDeliveryFee() {
        return Money.of(deliveryFeeMinor, currency);
    }

    public int getDeliveryFeeVatBasisPoints() {
        return deliveryFeeVatBasisPoints;
    }

    public Money getTip() {
        return Money.of(tipMinor, currency);
    }

    public String getStoreCountry() {
        return storeCountry;
    }

    public String getStoreTimeZone() {
        return storeTimeZone;
    }

    public Long getCourierId() {
        return courierId;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    /** The payment hold for this order; null only while the order is being placed. */
    public Long getPaymentAuthorizationId() {
        return paymentAuthorizationId;
    }

    public Instant getAcceptBy() {
        return acceptBy;
    }

    public RejectionReason getRejectionReason() {
        return rejectionReason;
    }

    public String getDeliveryFailureReason() {
        return deliveryFailureReason;
    }

    public String getDeliveryFailureNote() {
        return deliveryFailureNote;
    }

    public String getFailureCode() {
        return failureCode;
    }

    public int getFailureStatus() {
        return failureStatus == null ? 409 : failureStatus;
    }

    public Long getPaymentMethodId() {
        return paymentMethodId;
    }

    public String getRequestFingerprint() {
        return requestFingerprint;
    }

    /** When what the failed checkout held was given back; null until then. */
    public Instant getCompensatedAt() {
        return compensatedAt;
    }

    /** The slot's start for a scheduled order; null for as soon as possible. */
    public Instant getScheduledFor() {
        return scheduledFor;
    }

    public Instant getReleaseAt() {
        return releaseAt;
    }

    /** The minutes the kitchen said it needs, once accepted; null before. */
    public Integer getPreparationMinutes() {
        return preparationMinutes;
    }

    /** When the kitchen said the order would be ready, once accepted; null before. */
    public Instant getReadyBy() {
        return readyBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
