package io.quartier.backoffice.view.admin;

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
 * The photo a courier took where it left an order, its customer being absent: {@code /admin/delivery-photo?job=},
 * for support and admins ({@code /admin/*} needs ADMIN or SUPPORT; delivery checks again, and a refusal is a 404
 * here).
 */
@WebServlet("/admin/delivery-photo")
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
