package io.quartier.payment.domain.model.sale;

import io.quartier.kernel.domain.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a captured order sold, as the ledger splits it: the items, the delivery fee and the tip (VAT included, the VAT
 * in each kept apart), the discounts and who funded them, and the platform's commission on the items (at the
 * merchant's rate, on their value without VAT, rounded half-even). Kept per captured authorization, so that refunds
 * are bounded by it and split as it was.
 */
@Entity
@Table(name = "payment_sale")
public class Sale {

    private static final long WHOLE = 10_000;

    /** The captured authorization's id: one sale per capture. */
    @Id
    @Column(name = "authorization_id")
    private long authorizationId;

    @Column(name = "order_reference", nullable = false, length = 64)
    private String orderReference;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "merchant_id", nullable = false)
    private long merchantId;

    /** 0 when no courier delivered it. */
    @Column(name = "courier_id", nullable = false)
    private long courierId;

    @Column(nullable = false, length = 3)
    private String currency;

    @Embedded
    private Charges charges;

    @Column(name = "merchant_discount_minor", nullable = false)
    private long merchantDiscountMinor;

    @Column(name = "platform_discount_minor", nullable = false)
    private long platformDiscountMinor;

    @Column(name = "commission_basis_points", nullable = false)
    private int commissionBasisPoints;

    @Column(name = "commission_minor", nullable = false)
    private long commissionMinor;

    @Column(name = "captured_at", nullable = false)
    private Instant capturedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "payment_sale_line", joinColumns = @JoinColumn(name = "authorization_id"))
    @OrderColumn(name = "line_no")
    private List<SaleLine> lines = new ArrayList<>();

    protected Sale() {
    }

    /**
     * @param parties the order's customer, merchant and courier (0: none)
     * @param amounts the items, fee and tip with their VAT, and the discounts
     */
    public Sale(long authorizationId, String orderReference, Parties parties, String currency, Amounts amounts,
                int commissionBasisPoints, List<SaleLine> lines, Instant capturedAt) {
        if (commissionBasisPoints < 0 || commissionBasisPoints > WHOLE) {
            throw new IllegalArgumentException("a commission of " + commissionBasisPoints + " basis points");
        }
        amounts.requireConsistent();
        this.authorizationId = authorizationId;
        this.orderReference = orderReference;
        this.customerId = parties.customerId();
        this.merchantId = parties.merchantId();
        this.courierId = parties.courierId();
        this.currency = currency;
        this.charges = new Charges(amounts.itemsGrossMinor(), amounts.itemsVatMinor(), amounts.feeGrossMinor(),
                amounts.feeVatMinor(), amounts.tipMinor());
        this.merchantDiscountMinor = amounts.merchantDiscountMinor();
        this.platformDiscountMinor = amounts.platformDiscountMinor();
        this.commissionBasisPoints = commissionBasisPoints;
        this.commissionMinor = share(charges.itemsNetMinor(), commissionBasisPoints, WHOLE);
        this.lines = new ArrayList<>(lines);
        this.capturedAt = capturedAt;
    }

    /** Who an order involves: its customer, its merchant, and the courier who delivered it (0: none). */
    public record Parties(long customerId, long merchantId, long courierId) {
    }

    /** A sale's amounts in minor units, VAT included in the gross ones; discounts by who funds them. */
    public record Amounts(long itemsGrossMinor, long itemsVatMinor, long feeGrossMinor, long feeVatMinor,
                          long tipMinor, long merchantDiscountMinor, long platformDiscountMinor) {

        void requireConsistent() {
            if (itemsGrossMinor < 0 || feeGrossMinor < 0 || tipMinor < 0 || merchantDiscountMinor < 0
                    || platformDiscountMinor < 0 || itemsVatMinor < 0 || feeVatMinor < 0
                    || itemsVatMinor > itemsGrossMinor || feeVatMinor > feeGrossMinor
                    || merchantDiscountMinor + platformDiscountMinor > itemsGrossMinor + feeGrossMinor + tipMinor) {
                throw new IllegalArgumentException("inconsistent sale amounts: " + this);
            }
        }
    }

    /** What the customer was charged: items, fee and tip, less the discounts. */
    public long chargedMinor() {
        return charges.totalMinor() - merchantDiscountMinor - platformDiscountMinor;
    }

    /**
     * A refund of an amount alone, with no parts named (one made at the gateway itself), as the parts it is taken from:
     * what is left of the items first, then of the delivery fee, then of the tip.
     *
     * @throws DomainException conflict {@code problem.refund.exceedsCapture} when more than is left of the charge
     */
    public RefundAsk askForAmount(long amountMinor, RefundParts soFar) {
        requireWithin("total", soFar.totalMinor(), amountMinor, chargedMinor());
        long items = Math.min(amountMinor, Math.max(0, charges.getItemsGrossMinor() - soFar.itemsGrossMinor()));
        long fee = Math.min(amountMinor - items, Math.max(0, charges.getFeeGrossMinor() - soFar.feeGrossMinor()));
        return new RefundAsk(false, items, fee, amountMinor - items - fee, Map.of());
    }

    /**
     * What a refund asked for gives back, given what earlier refunds gave back ({@code soFar}): never more of a
     * part (items, fee, tip, a line's quantity; lines by position, 0 first) than was sold, nor more in all than was charged. VAT and commission
     * are taken back in proportion; the refund that gives back the last of a part takes back the rest of its VAT and
     * commission, so a sale refunded in full is undone to the cent.
     *
     * @throws DomainException invalid {@code problem.refund.invalid} (a negative amount, a quantity below 1, a
     *         line not in the order) or {@code problem.refund.nothing}; conflict {@code problem.refund.exceedsCapture}
     *         with the part at fault in {@code errors.part}
     */
    public RefundParts refundFor(RefundAsk ask, RefundParts soFar) {
        long items;
        long fee;
        long tip;
        long lineVat = 0;
        Map<Integer, Integer> lineQuantities = Map.of();
        if (ask.full()) {
            items = charges.getItemsGrossMinor() - soFar.itemsGrossMinor();
            fee = charges.getFeeGrossMinor() - soFar.feeGrossMinor();
            tip = charges.getTipMinor() - soFar.tipMinor();
        } else {
            if (ask.itemsMinor() < 0 || ask.deliveryFeeMinor() < 0 || ask.tipMinor() < 0) {
                throw DomainException.invalid("problem.refund.invalid", "a refund gives back no negative amount");
            }
            Map<Integer, Long> grossByRate = new TreeMap<>();
            long linesGross = 0;
            for (Map.Entry<Integer, Integer> asked : ask.lines().entrySet()) {
                SaleLine line = line(asked.getKey());
                int quantity = asked.getValue() == null ? 0 : asked.getValue();
                if (quantity < 1) {
                    throw DomainException.invalid("problem.refund.invalid", "a refunded line has a quantity of 1 or more")
                            .withError("line", asked.getKey());
                }
                if (soFar.lines().getOrDefault(asked.getKey(), 0) + (long) quantity > line.getQuantity()) {
                    throw exceeds("line", "line " + asked.getKey() + " was sold " + line.getQuantity() + " times");
                }
                long gross = Math.multiplyExact(line.getUnitPriceMinor(), (long) quantity);
                linesGross = Math.addExact(linesGross, gross);
                grossByRate.merge(line.getVatBasisPoints(), gross, Math::addExact);
            }
            for (Map.Entry<Integer, Long> rate : grossByRate.entrySet()) {
                lineVat += vatIn(rate.getValue(), rate.getKey());
            }
            lineQuantities = ask.lines();
            items = Math.addExact(ask.itemsMinor(), linesGross);
            fee = ask.deliveryFeeMinor();
            tip = ask.tipMinor();
        }
        requireWithin("items", soFar.itemsGrossMinor(), items, charges.getItemsGrossMinor());
        requireWithin("deliveryFee", soFar.feeGrossMinor(), fee, charges.getFeeGrossMinor());
        requireWithin("tip", soFar.tipMinor(), tip, charges.getTipMinor());
        long total = Math.addExact(Math.addExact(items, fee), tip);
        if (total == 0) {
            throw DomainException.invalid("problem.refund.nothing", "the refund gives nothing back");
        }
        requireWithin("total", soFar.totalMinor(), total, chargedMinor());

        long amountItems = ask.full() ? items : ask.itemsMinor();
        long itemsVat = soFar.itemsGrossMinor() + items == charges.getItemsGrossMinor()
                ? charges.getItemsVatMinor() - soFar.itemsVatMinor()
                : Math.min(charges.getItemsVatMinor() - soFar.itemsVatMinor(),
                        lineVat + proportion(amountItems, charges.getItemsVatMinor(), charges.getItemsGrossMinor()));
        long feeVat = soFar.feeGrossMinor() + fee == charges.getFeeGrossMinor()
                ? charges.getFeeVatMinor() - soFar.feeVatMinor()
                : proportion(fee, charges.getFeeVatMinor(), charges.getFeeGrossMinor());
        long commission = soFar.itemsGrossMinor() + items == charges.getItemsGrossMinor()
                ? commissionMinor - soFar.commissionMinor()
                : Math.min(commissionMinor - soFar.commissionMinor(),
                        share(items - itemsVat, commissionBasisPoints, WHOLE));
        return new RefundParts(items, itemsVat, fee, feeVat, tip, commission, lineQuantities);
    }

    /** The order's line at this position (0 first), as ordering lists them. */
    /**
     * The VAT in a VAT-inclusive amount at a rate in basis points: {@code gross × rate / (1 + rate)}, rounded
     * half-even, as ordering computes it once per rate.
     */
    public static long vatIn(long grossMinor, int basisPoints) {
        return share(grossMinor, basisPoints, WHOLE + basisPoints);
    }

    private SaleLine line(Integer number) {
        if (number == null || number < 0 || number >= lines.size()) {
            throw DomainException.invalid("problem.refund.invalid", "order " + orderReference + " has no line " + number)
                    .withError("line", String.valueOf(number));
        }
        return lines.get(number);
    }

    private static void requireWithin(String part, long before, long now, long sold) {
        if (now < 0 || Math.addExact(before, now) > sold) {
            throw exceeds(part, "refunding " + now + " of the " + part + " after " + before + " would pass the "
                    + sold + " captured");
        }
    }

    private static DomainException exceeds(String part, String detail) {
        return DomainException.conflict("problem.refund.exceedsCapture", detail).withError("part", part);
    }

    /** {@code amount × part / whole}, rounded half-even; 0 when the whole is 0. */
    private static long proportion(long amount, long part, long whole) {
        return whole == 0 ? 0 : share(amount, part, whole);
    }

    private static long share(long amount, long numerator, long denominator) {
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_EVEN).longValueExact();
    }

    public long getAuthorizationId() {
        return authorizationId;
    }

    public String getOrderReference() {
        return orderReference;
    }

    public long getCustomerId() {
        return customerId;
    }

    public long getMerchantId() {
        return merchantId;
    }

    public long getCourierId() {
        return courierId;
    }

    public String getCurrency() {
        return currency;
    }

    public Charges getCharges() {
        return charges;
    }

    public long getMerchantDiscountMinor() {
        return merchantDiscountMinor;
    }

    public long getPlatformDiscountMinor() {
        return platformDiscountMinor;
    }

    public int getCommissionBasisPoints() {
        return commissionBasisPoints;
    }

    public long getCommissionMinor() {
        return commissionMinor;
    }

    public Instant getCapturedAt() {
        return capturedAt;
    }

    public List<SaleLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
