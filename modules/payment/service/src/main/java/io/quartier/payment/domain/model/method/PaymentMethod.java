package io.quartier.payment.domain.model.method;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A customer's saved card. Only the gateway's token is kept, never the card number; brand and last
 * four digits are for display. The token never leaves the payment context.
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

    @Column(nullable = false, length = 20)
    private String brand;

    @Column(nullable = false, length = 4)
    private String last4;

    @Column(name = "expiry_month", nullable = false)
    private int expiryMonth;

    @Column(name = "expiry_year", nullable = false)
    private int expiryYear;

    @Column(name = "gateway_token", nullable = false, length = 200)
    private String gatewayToken;

    @Column(nullable = false)
    private boolean preferred;

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

    public boolean belongsTo(long customer) {
        return customerId == customer;
    }

    public Long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getBrand() {
        return brand;
    }

    public String getLast4() {
        return last4;
    }

    public int getExpiryMonth() {
        return expiryMonth;
    }

    public int getExpiryYear() {
        return expiryYear;
    }

    public String getGatewayToken() {
        return gatewayToken;
    }

    public boolean isPreferred() {
        return preferred;
    }
}
