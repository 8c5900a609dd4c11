package io.quartier.backoffice.view.merchant;

import io.quartier.catalog.api.MerchantCatalogApi;
import io.quartier.catalog.api.ProductChange;
import io.quartier.catalog.api.ProductView;
import io.quartier.catalog.api.SheetImport;
import io.quartier.catalog.api.StoreView;
import io.quartier.ui.LocaleSelection;
import io.quartier.ui.Messages;
import io.quartier.ui.Problems;
import io.quartier.ui.ServiceCall;
import io.quartier.ui.Service;
import io.quartier.ui.ServiceProblem;
import io.quartier.ui.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The stock and price board: every product of the merchant's stores, each field saved as soon as it changes,
 * so a busy kitchen can flip "sold out" in one click; the same board as a CSV sheet, out and back in. A refused change (a negative price) is shown translated
 * and the row goes back to what the catalog holds.
 */
@Named
@ViewScoped
public class MerchantProductsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Service
    MerchantCatalogApi catalog;

    @Inject
    UserSession userSession;

    @Inject
    LocaleSelection localeSelection;

    private List<ProductRow> products = List.of();
    private List<SheetErrorRow> sheetErrors = List.of();

    public void load() {
        ServiceCall.run(() -> {
            Map<Long, String> storeNames = catalog.stores(userSession.bearer()).stream()
                    .collect(Collectors.toMap(StoreView::id, StoreView::name));
            products = catalog.products(userSession.bearer(), localeSelection.getLanguage()).stream()
                    .map(p -> new ProductRow(p, storeNames.get(p.storeId())))
                    .toList();
        });
    }

    /** The sheet of every product, for a spreadsheet. */
    public StreamedContent getSheet() {
        return DefaultStreamedContent.builder()
                .name("quartier-prices-stock.csv")
                .contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(
                        catalog.exportSheet(userSession.bearer(), localeSelection.getLanguage()).getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    /** Applies an uploaded sheet, or lists its bad lines (nothing is applied then). */
    public void importSheet(FileUploadEvent upload) {
        sheetErrors = List.of();
        try {
            SheetImport done = catalog.importSheet(userSession.bearer(),
                    new String(upload.getFile().getContent(), StandardCharsets.UTF_8));
            Messages.info("merchant.products.imported", done.lines(), done.changed());
            load();
        } catch (ServiceProblem problem) {
            JsonArray lines = problem.errors().getJsonArray("lines");
            if (lines == null) {
                Problems.show(problem);
                return;
            }
            Messages.error("catalog.csv.invalid");
            sheetErrors = lines.stream().map(JsonObject.class::cast)
                    .map(e -> new SheetErrorRow(e.getInt("line"), e.getString("column", ""),
                            Messages.has(e.getString("code")) ? Messages.text(e.getString("code")) : e.getString("code")))
                    .toList();
        } catch (RuntimeException e) {
            Problems.show(e);
        }
    }

    public void savePrice(ProductRow row) {
        if (row.getPrice() == null) {
            Messages.error("merchant.products.priceRequired");
            reload(row);
            return;
        }
        save(row, new ProductChange(row.priceMinor(), null, null, null), "merchant.products.priceSaved");
    }

    public void saveStock(ProductRow row) {
        if (row.getStockQuantity() == null) {
            Messages.error("merchant.products.stockRequired");
            reload(row);
            return;
        }
        save(row, new ProductChange(null, row.getStockQuantity() > 0 ? Boolean.TRUE : null, null,
                row.getStockQuantity()), "merchant.products.stockSaved");
    }

    /** The "sold out" switch: on "86"s the product until the merchant switches it off again. */
    public void saveSoldOut(ProductRow row) {
        save(row, new ProductChange(null, !row.isSoldOut(), null, null),
                row.isSoldOut() ? "merchant.products.markedSoldOut" : "merchant.products.markedAvailable");
    }

    private void save(ProductRow row, ProductChange change, String doneKey) {
        boolean changed = ServiceCall.run(() -> {
            ProductView saved = catalog.change(userSession.bearer(), row.getId(), change);
            replace(row, saved);
            Messages.info(doneKey, row.getName());
        });
        if (!changed) {
            reload(row);
        }
    }

    private void reload(ProductRow row) {
        ServiceCall.run(() -> catalog.products(userSession.bearer(), localeSelection.getLanguage()).stream()
                .filter(p -> p.id() == row.getId()).findFirst()
                .ifPresent(p -> replace(row, p)));
    }

    private void replace(ProductRow row, ProductView now) {
        ProductRow fresh = new ProductRow(now, row.getStoreName());
        row.setPrice(fresh.getPrice());
        row.setStockQuantity(fresh.getStockQuantity());
        row.setSoldOut(fresh.isSoldOut());
    }

    public List<SheetErrorRow> getSheetErrors() {
        return sheetErrors;
    }

    public List<ProductRow> getProducts() {
        return products;
    }
}
