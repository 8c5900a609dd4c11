package io.quartier.systemtests.support;

/** The JSON body of a one-line order, as the shop posts it to {@code /ordering/api/orders}. */
public final class Orders {

    /** Camden's store (demo data), in London. */
    public static final long CAMDEN_STORE = 2;

    private Orders() {
    }

    /** One line of {@code quantity} of a product, delivered in Paris. */
    public static String inParis(long storeId, long productId, int quantity, long paymentMethodId) {
        return oneLine(storeId, productId, quantity, paymentMethodId, "12 rue des Martyrs, 75009 Paris");
    }

    /** One line of {@code quantity} of one of Camden's products, delivered in London. */
    public static String atCamden(long productId, int quantity, long paymentMethodId) {
        return oneLine(CAMDEN_STORE, productId, quantity, paymentMethodId, "1 Camden Road, London");
    }

    private static String oneLine(long storeId, long productId, int quantity, long paymentMethodId, String address) {
        return """
                {"storeId": %d, "lines": [{"productId": %d, "quantity": %d}], "paymentMethodId": %d,
                 "deliveryAddress": "%s"}""".formatted(storeId, productId, quantity, paymentMethodId, address);
    }
}
