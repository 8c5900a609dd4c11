package io.quartier.backoffice.view.admin;

import io.quartier.delivery.api.DeliveryApi;
import io.quartier.ui.ImageRelayServlet;
import io.quartier.ui.Service;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.core.Response;

/**
 * The photo a courier took where it left an order, its customer being absent: {@code /admin/delivery-photo?job=},
 * for support and admins ({@code /admin/*} needs ADMIN or SUPPORT; delivery checks again, and a refusal is a 404
 * here).
 */
@WebServlet("/admin/delivery-photo")
public class DeliveryPhotoDownload extends ImageRelayServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @Service
    transient DeliveryApi delivery;

    @Override
    protected String parameter() {
        return "job";
    }

    @Override
    protected Response image(String bearer, long job) {
        return delivery.deliveryPhoto(bearer, job);
    }
}
