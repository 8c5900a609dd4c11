package io.quartier.backoffice.view.admin;

import io.quartier.ui.DeliveryPhotoRelay;
import jakarta.servlet.annotation.WebServlet;

/**
 * The photo a courier took where it left an order, its customer being absent: {@code /admin/delivery-photo?job=},
 * for support and admins ({@code /admin/*} needs ADMIN or SUPPORT; delivery checks again, and a refusal is a 404
 * here).
 */
@WebServlet("/admin/delivery-photo")
public class DeliveryPhotoDownload extends DeliveryPhotoRelay {

    private static final long serialVersionUID = 1L;
}
