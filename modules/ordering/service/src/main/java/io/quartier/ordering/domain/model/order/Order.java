package io.quartier.ordering.domain.model.order;

import io.quartier.kernel.Money;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.ordering.api.OrderStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer's order from one store, priced from the catalog when it was placed. Its status only moves
 * forward: placed, accepted by the merchant, picked up by a courier, delivered.
 */
@Entity
@Table(name = "orders")
public class Order {

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

    @Column(name = "payment_authorization_id")
    private Long paymentAuthorizationId;

    @Column(name = "courier_id")
    private Long courierId;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Order() {
    }

    public Order(long customerId, String idempotencyKey, String requestFingerprint, long merchantId, long storeId,
                 String storeName, String storeAddress, String currency, String deliveryAddress) {
        this.customerId = customerId;
        this.idempotencyKey = idempotencyKey;
        this.requestFingerprint = requestFingerprint;
        this.merchantId = merchantId;
        this.storeId = storeId;
        this.storeName = storeName;
        this.storeAddress = storeAddress;
        this.currency = currency;
        this.deliveryAddress = deliveryAddress;
        this.status = OrderStatus.PLACED;
        this.placedAt = Instant.now();
        this.updatedAt = placedAt;
    }

    public void addLine(long productId, String name, int quantity, Money unitPrice) {
        if (!unitPrice.getCurrency().equals(currency)) {
            throw ProblemException.invalid("problem.order.currencyMismatch",
                    "product " + productId + " is priced in " + unitPrice.getCurrency() + ", the store in " + currency);
        }
        lines.add(new OrderLine(productId, name, quantity, unitPrice.getAmountMinor()));
        totalMinor = total().getAmountMinor();
    }

    public Money total() {
        Money sum = Money.zero(currency);
        for (OrderLine line : lines) {
            sum = sum.plus(Money.of(line.getUnitPriceMinor(), currency).times(line.getQuantity()));
        }
        return sum;
    }

    public void paymentAuthorized(long authorizationId) {
        this.paymentAuthorizationId = authorizationId;
    }

    public void accept() {
        move(OrderStatus.PLACED, OrderStatus.ACCEPTED);
    }

    public void pickedUp(long courierId) {
        move(OrderStatus.ACCEPTED, OrderStatus.PICKED_UP);
        this.courierId = courierId;
    }

    public void delivered() {
        move(OrderStatus.PICKED_UP, OrderStatus.DELIVERED);
    }

    private void move(OrderStatus from, OrderStatus to) {
        if (status != from) {
            throw ProblemException.conflict("problem.order.wrongStatus",
                    "order " + id + " is " + status + ", it must be " + from + " to become " + to);
        }
        status = to;
        updatedAt = Instant.now();
    }

    public boolean isMatchedBy(String fingerprint) {
        return requestFingerprint.equals(fingerprint);
    }

    public Long getId() {
        return id;
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
}
