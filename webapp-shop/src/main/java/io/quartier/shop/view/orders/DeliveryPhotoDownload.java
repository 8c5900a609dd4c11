package io.quartier.shop.view.orders;

import io.quartier.ui.DeliveryPhotoRelay;
import jakarta.servlet.annotation.WebServlet;

/**
 * The photo a courier took where it left an order, its customer being absent: {@code /orders/delivery-photo?job=},
 * for the order's customer ({@code /orders/*} needs the CUSTOMER role; delivery refuses another customer, and this
 * answers 404 then).
 */
@WebServlet("/orders/delivery-photo")
public class DeliveryPhotoDownload extends DeliveryPhotoRelay {

    private static final long serialVersionUID = 1L;
}
