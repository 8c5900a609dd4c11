package io.quartier.payment.domain.model.ledger;

/**
 * One account of the ledger: its type and, for a per-party type, the customer, merchant or courier it belongs to
 * ({@code partyId} 0 for the platform's own accounts).
 */
public record Account(AccountType type, long partyId) {

    public Account {
        if (type == null) {
            throw new IllegalArgumentException("an account has a type");
        }
        if (type.perParty() != (partyId > 0)) {
            throw new IllegalArgumentException(type + (type.perParty() ? " belongs to a party" : " is the platform's")
                    + ", not to party " + partyId);
        }
    }

    public static Account customer(long customerId) {
        return new Account(AccountType.CUSTOMER, customerId);
    }

    public static Account wallet(long customerId) {
        return new Account(AccountType.CUSTOMER_WALLET, customerId);
    }

    public static Account merchant(long merchantId) {
        return new Account(AccountType.MERCHANT_PAYABLE, merchantId);
    }

    public static Account courier(long courierId) {
        return new Account(AccountType.COURIER_PAYABLE, courierId);
    }

    public static Account tips(long courierId) {
        return new Account(AccountType.TIPS, courierId);
    }

    public static Account platform(AccountType type) {
        return new Account(type, 0);
    }
}
