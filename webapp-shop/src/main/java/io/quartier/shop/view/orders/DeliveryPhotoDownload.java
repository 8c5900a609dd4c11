package io.quartier.shop.view.orders;

import io.quartier.delivery.api.DeliveryApi;
import io.quartier.ui.ImageRelay;
import io.quartier.ui.Service;
import io.quartier.ui.UserSession;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The photo a courier took where it left an order, its customer being absent: {@code /orders/delivery-photo?job=},
 * for the order's customer ({@code /orders/*} needs the CUSTOMER role; delivery refuses another customer, and this
 * answers 404 then).
 */
@WebServlet("/orders/delivery-photo")
public class DeliveryPhotoDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @Service
    transient DeliveryApi deliveryJobs;

    @Inject
    transient UserSession userSession;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ImageRelay.serve(request, response, "job", job -> deliveryJobs.deliveryPhoto(userSession.bearer(), job));
    }
}
