package io.quartier.payment.domain.service;

import io.quartier.kernel.domain.DomainException;
import io.quartier.payment.domain.model.ledger.Account;
import io.quartier.payment.domain.model.ledger.AccountType;
import io.quartier.payment.domain.model.ledger.EntryKind;
import io.quartier.payment.domain.model.ledger.JournalEntry;
import io.quartier.payment.domain.model.sale.Charges;
import io.quartier.payment.domain.model.sale.Fault;
import io.quartier.payment.domain.model.sale.RefundParts;
import io.quartier.payment.domain.model.sale.Sale;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * How each movement of money is posted, one balanced journal entry each. Debits are positive, credits negative.
 *
 * <p>An authorisation posts nothing, and so does voiding it: a hold moves no money and creates no debt, and the
 * authorization's own row already says what is held. Posting holds would add an entry and its reversal to every
 * order and every abandoned checkout while every balance stayed the same.
 *
 * <p>A capture: the customer is charged the order and pays it by card (customer debited then credited the amount
 * charged; the card's money is in gateway clearing); the sale is shared out: the merchant is owed the items without
 * VAT less the commission and the discounts it funds; the platform earns its commission and spends the discounts it
 * funds (promotion funding); the delivery fee without VAT is the platform's delivery revenue and the tip is the
 * courier's (its tips); the VAT goes to the VAT account. An order delivered without a courier (the merchant's own
 * delivery) owes the fee and tip to the merchant.
 *
 * <p>A delivered job's earnings (what delivery told its courier the job pays, its tip aside) are owed to the courier
 * by an entry of their own, once per job: the platform's delivery revenue debited, the courier's payable credited. The
 * platform pays its couriers from the fees it charged, and makes up the difference when a job earns more than its
 * fee. The courier is paid what the app showed, not the order's fee.
 *
 * <p>A refund takes money back out of gateway clearing to the customer, gives back the VAT in it, and takes the rest
 * from the party at fault: all of it from the merchant or the platform (from its commission); from the courier the
 * items and the tip (from its tips) while the fee, which the courier never got, comes back from the platform's
 * delivery revenue; when the customer is at fault, the sale is undone as it was made (the merchant gives back the
 * items less their commission, the platform the commission and the fee, the courier the tip). A refund never takes
 * back a courier's earnings: the job was done.
 *
 * <p>A payout pays a merchant or courier what it is owed: the payable is debited, gateway clearing credited.
 *
 * <p>A wallet top-up takes a card's money into gateway clearing and owes it to the customer in its wallet (gateway
 * clearing debited, the customer's wallet credited). An order paid from the wallet is posted as one paid by card, with
 * the customer's wallet in the place of gateway clearing (debited at capture: the platform owes the customer less;
 * credited by a refund: the money goes back to the wallet, not to a card).
 */
public final class PostingSets {

    private static final Set<AccountType> PAYEES =
            EnumSet.of(AccountType.MERCHANT_PAYABLE, AccountType.COURIER_PAYABLE, AccountType.TIPS);

    private PostingSets() {
    }

    /** The key of a capture's entry: one per authorization. */
    public static String captureKey(long authorizationId) {
        return "capture:" + authorizationId;
    }

    /** The key of a refund's entry: one per refund. */
    public static String refundKey(long refundId) {
        return "refund:" + refundId;
    }

    /** The key of a delivered job's earnings entry: one per delivery job, whatever delivered the event. */
    public static String earningKey(long jobId) {
        return "earning:" + jobId;
    }

    /** The key of a wallet top-up's entry: one per top-up. */
    public static String topUpKey(long topUpId) {
        return "topup:" + topUpId;
    }

    /** Where an order's money came from: gateway clearing for a card, the customer's wallet for a wallet. */
    public static Account paidFrom(Sale sale, boolean fromWallet) {
        return fromWallet ? Account.wallet(sale.getCustomerId()) : Account.platform(AccountType.GATEWAY_CLEARING);
    }

    /** Money a card paid into a customer's wallet. */
    public static JournalEntry topUp(long topUpId, long customerId, long amountMinor, String currency, Instant at) {
        if (amountMinor <= 0) {
            throw new IllegalArgumentException("a top-up brings a positive amount, not " + amountMinor);
        }
        return JournalEntry.builder(topUpKey(topUpId), EntryKind.TOP_UP, null, currency)
                .debit(Account.platform(AccountType.GATEWAY_CLEARING), amountMinor)
                .credit(Account.wallet(customerId), amountMinor)
                .build(at);
    }

    /**
     * The earnings of a delivered job owed to its courier, paid from the platform's delivery revenue. The entry names
     * the order (payment's {@code orderReference}) so a statement tells which delivery a line pays; it touches neither
     * the customer nor what paid the order, so the order's charges still match its postings.
     */
    public static JournalEntry earning(long jobId, String orderReference, long courierId, long amountMinor,
                                       String currency, Instant at) {
        if (amountMinor <= 0) {
            throw new IllegalArgumentException("a job earns a positive amount, not " + amountMinor);
        }
        return JournalEntry.builder(earningKey(jobId), EntryKind.EARNING, orderReference, currency)
                .debit(Account.platform(AccountType.DELIVERY_REVENUE), amountMinor)
                .credit(Account.courier(courierId), amountMinor)
                .build(at);
    }

    /** An order paid by card. */
    public static JournalEntry capture(Sale sale, Instant at) {
        return capture(sale, false, at);
    }

    /** An order paid by card or, {@code fromWallet}, from the customer's wallet. */
    public static JournalEntry capture(Sale sale, boolean fromWallet, Instant at) {
        long charged = sale.chargedMinor();
        Charges sold = sale.getCharges();
        Account customer = Account.customer(sale.getCustomerId());
        Account merchant = Account.merchant(sale.getMerchantId());
        return JournalEntry.builder(captureKey(sale.getAuthorizationId()), EntryKind.CAPTURE, sale.getOrderReference(),
                        sale.getCurrency())
                .debit(paidFrom(sale, fromWallet), charged)
                .credit(customer, charged)
                .debit(customer, charged)
                .credit(Account.platform(AccountType.VAT), sold.vatMinor())
                .credit(merchant, sold.itemsNetMinor() - sale.getCommissionMinor() - sale.getMerchantDiscountMinor())
                .credit(Account.platform(AccountType.PLATFORM_COMMISSION), sale.getCommissionMinor())
                .debit(Account.platform(AccountType.PROMOTION_FUNDING), sale.getPlatformDiscountMinor())
                .credit(feeEarner(sale), sold.feeNetMinor())
                .credit(tipped(sale), sold.getTipMinor())
                .build(at);
    }

    /**
     * @throws DomainException invalid {@code problem.refund.noCourier} when the courier is at fault for an order no
     *         courier delivered
     */
    public static JournalEntry refund(Sale sale, long refundId, RefundParts parts, Fault fault, Instant at) {
        return refund(sale, refundId, parts, fault, false, at);
    }

    /** A refund of an order paid by card or, {@code fromWallet}, from the wallet (the money goes back there). */
    public static JournalEntry refund(Sale sale, long refundId, RefundParts parts, Fault fault, boolean fromWallet,
                                      Instant at) {
        if (fault == Fault.COURIER && sale.getCourierId() == 0) {
            throw DomainException.invalid("problem.refund.noCourier", "no courier delivered order "
                    + sale.getOrderReference());
        }
        long total = parts.totalMinor();
        long itemsNet = parts.itemsGrossMinor() - parts.itemsVatMinor();
        long feeNet = parts.feeGrossMinor() - parts.feeVatMinor();
        Account customer = Account.customer(sale.getCustomerId());
        Account merchant = Account.merchant(sale.getMerchantId());
        Account commission = Account.platform(AccountType.PLATFORM_COMMISSION);
        JournalEntry.Builder entry = JournalEntry.builder(refundKey(refundId), EntryKind.REFUND,
                        sale.getOrderReference(), sale.getCurrency())
                .credit(customer, total)
                .debit(customer, total)
                .credit(paidFrom(sale, fromWallet), total)
                .debit(Account.platform(AccountType.VAT), parts.itemsVatMinor() + parts.feeVatMinor());
        switch (fault) {
            case MERCHANT -> entry.debit(merchant, itemsNet + feeNet + parts.tipMinor());
            case PLATFORM -> entry.debit(commission, itemsNet + feeNet + parts.tipMinor());
            case COURIER -> entry.debit(Account.courier(sale.getCourierId()), itemsNet)
                    .debit(feeEarner(sale), feeNet)
                    .debit(tipped(sale), parts.tipMinor());
            case CUSTOMER -> entry.debit(merchant, itemsNet - parts.commissionMinor())
                    .debit(commission, parts.commissionMinor())
                    .debit(feeEarner(sale), feeNet)
                    .debit(tipped(sale), parts.tipMinor());
        }
        return entry.build(at);
    }

    /** Pays {@code payee} (a merchant's or courier's payable, or a courier's tips) out of gateway clearing. */
    public static JournalEntry payout(String key, Account payee, long amountMinor, String currency, Instant at) {
        if (!PAYEES.contains(payee.type()) || amountMinor <= 0) {
            throw new IllegalArgumentException("a payout pays a positive amount to a merchant or courier, not "
                    + amountMinor + " to " + payee);
        }
        return JournalEntry.builder(key, EntryKind.PAYOUT, null, currency)
                .debit(payee, amountMinor)
                .credit(Account.platform(AccountType.GATEWAY_CLEARING), amountMinor)
                .build(at);
    }

    /**
     * Pays a payee what its payout's lines owe it, on each of its accounts (a courier's payable and tips), out of
     * gateway clearing. An account the lines net negative on (a refund taken from it) is credited back, within a
     * positive total.
     */
    public static JournalEntry payout(String key, Map<Account, Long> owed, String currency, Instant at) {
        long total = owed.values().stream().mapToLong(Long::longValue).reduce(0, Math::addExact);
        if (total <= 0 || !owed.keySet().stream().allMatch(a -> PAYEES.contains(a.type()))) {
            throw new IllegalArgumentException("a payout pays a positive amount to a merchant or courier, not "
                    + owed);
        }
        JournalEntry.Builder entry = JournalEntry.builder(key, EntryKind.PAYOUT, null, currency);
        owed.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(Account::type)))
                .forEach(e -> entry.debit(e.getKey(), e.getValue()));
        return entry.credit(Account.platform(AccountType.GATEWAY_CLEARING), total).build(at);
    }

    /** Who the delivery fee is for: the platform's delivery revenue, or the merchant who delivered itself. */
    private static Account feeEarner(Sale sale) {
        return sale.getCourierId() == 0 ? Account.merchant(sale.getMerchantId())
                : Account.platform(AccountType.DELIVERY_REVENUE);
    }

    private static Account tipped(Sale sale) {
        return sale.getCourierId() == 0 ? Account.merchant(sale.getMerchantId()) : Account.tips(sale.getCourierId());
    }
}
