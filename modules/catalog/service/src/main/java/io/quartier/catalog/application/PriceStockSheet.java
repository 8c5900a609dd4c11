package io.quartier.catalog.application;

import io.quartier.catalog.api.ProductChange;
import io.quartier.catalog.api.SheetImport;
import io.quartier.catalog.domain.model.product.Product;
import io.quartier.catalog.domain.model.product.ProductTranslation;
import io.quartier.catalog.domain.model.product.ProductRepository;
import io.quartier.kernel.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The price and stock board as a spreadsheet: exported with every product of the merchant, imported back
 * after editing. An import is checked line by line first; one bad line refuses the whole file with a report
 * of every bad line ({@code catalog.csv.invalid}, {@code errors.lines = [{line, column, code}]}) and nothing
 * changes. A good file is applied in one transaction, with the usual events.
 */
@ApplicationScoped
public class PriceStockSheet {

    public static final List<String> HEADER = List.of("product_id", "store_id", "name", "price", "currency", "stock",
            "available");
    /** More lines than any shop has products: a mistake or abuse. */
    static final int MAX_LINES = 5000;

    @Inject
    ProductRepository products;

    @Inject
    ProductEditing editing;

    /** Every product of the merchant, one per line, names in {@code lang}, with a byte order mark for spreadsheets. */
    public String export(long merchantId, String lang) {
        String language = CatalogQueries.language(lang);
        StringBuilder csv = new StringBuilder("\uFEFF").append(Csv.line(HEADER, ',')).append("\r\n");
        for (Product p : products.ofMerchant(merchantId)) {
            String currency = p.getStore().getCurrency();
            BigDecimal price = BigDecimal.valueOf(p.getPriceMinor(), Currency.getInstance(currency).getDefaultFractionDigits());
            csv.append(Csv.line(List.of(String.valueOf(p.getId()), String.valueOf(p.getStore().getId()),
                    p.translation(language).map(ProductTranslation::getName).orElse(""), price.toPlainString(), currency,
                    p.getStockQuantity() == null ? "" : String.valueOf(p.getStockQuantity()),
                    String.valueOf(p.isAvailable())), ',')).append("\r\n");
        }
        return csv.toString();
    }

    @Transactional
    public SheetImport importSheet(long merchantId, String csv) {
        List<String> lines = csv == null ? List.of() : Csv.lines(csv);
        List<Map<String, Object>> errors = new ArrayList<>();
        if (lines.isEmpty()) {
            throw invalid(List.of(error(1, null, "catalog.csv.empty")));
        }
        if (lines.size() - 1 > MAX_LINES) {
            throw invalid(List.of(error(1, null, "catalog.csv.tooLarge")));
        }
        char separator = Csv.separatorOf(lines.get(0));
        List<String> header;
        try {
            header = Csv.fields(lines.get(0), separator).stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        } catch (IllegalArgumentException e) {
            header = List.of();
        }
        if (!header.equals(HEADER)) {
            throw invalid(List.of(error(1, null, "catalog.csv.header")));
        }
        Map<Long, Product> own = products.ofMerchant(merchantId).stream()
                .collect(Collectors.toMap(Product::getId, Function.identity()));
        Map<Long, ProductChange> changes = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            int lineNumber = i + 1;
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> fields;
            try {
                fields = Csv.fields(lines.get(i), separator);
            } catch (IllegalArgumentException e) {
                errors.add(error(lineNumber, null, "catalog.csv.quote"));
                continue;
            }
            if (fields.size() != HEADER.size()) {
                errors.add(error(lineNumber, null, "catalog.csv.columns"));
                continue;
            }
            Product product = own.get(parseId(fields.get(0)));
            if (product == null) {
                errors.add(error(lineNumber, "product_id", "catalog.csv.unknownProduct"));
                continue;
            }
            if (!seen.add(product.getId())) {
                errors.add(error(lineNumber, "product_id", "catalog.csv.duplicate"));
                continue;
            }
            int before = errors.size();
            String currency = product.getStore().getCurrency();
            if (!currency.equalsIgnoreCase(fields.get(4))) {
                errors.add(error(lineNumber, "currency", "catalog.csv.currency"));
            }
            Long price = parsePrice(fields.get(3), currency, lineNumber, errors);
            Integer stock = parseStock(fields.get(5), lineNumber, errors);
            Boolean available = parseAvailable(fields.get(6), lineNumber, errors);
            if (errors.size() == before) {
                changes.put(product.getId(), new ProductChange(
                        price != null && price != product.getPriceMinor() ? price : null,
                        available, null,
                        stock != null && !stock.equals(product.getStockQuantity()) ? stock : null));
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        int changed = 0;
        for (Map.Entry<Long, ProductChange> change : changes.entrySet()) {
            Product product = own.get(change.getKey());
            ProductChange c = change.getValue();
            boolean moves = c.priceMinor() != null || c.stockQuantity() != null
                    || !Objects.equals(c.available(), product.isAvailable());
            if (moves) {
                editing.change(merchantId, product.getId(), c, null);
                changed++;
            }
        }
        return new SheetImport(lines.size() - 1, changed);
    }

    private static Long parseId(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "8.90" or "8,90"; no more decimals than the currency has; never negative. */
    private static Long parsePrice(String text, String currency, int line, List<Map<String, Object>> errors) {
        try {
            BigDecimal price = new BigDecimal(text.replace(',', '.'));
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            if (price.signum() < 0) {
                errors.add(error(line, "price", "catalog.csv.negativePrice"));
                return null;
            }
            if (price.scale() > digits) {
                errors.add(error(line, "price", "catalog.csv.price"));
                return null;
            }
            return price.movePointRight(digits).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            errors.add(error(line, "price", "catalog.csv.price"));
            return null;
        }
    }

    /** Empty: not counted (left as it is); else a whole number, 0 or more. */
    private static Integer parseStock(String text, int line, List<Map<String, Object>> errors) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            int stock = Integer.parseInt(text);
            if (stock >= 0) {
                return stock;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(error(line, "stock", "catalog.csv.stock"));
        return null;
    }

    private static Boolean parseAvailable(String text, int line, List<Map<String, Object>> errors) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "oui", "sí", "si", "ja", "نعم" -> {
                return Boolean.TRUE;
            }
            case "false", "no", "0", "non", "nein", "لا" -> {
                return Boolean.FALSE;
            }
            default -> {
                errors.add(error(line, "available", "catalog.csv.available"));
                return null;
            }
        }
    }

    private static Map<String, Object> error(int line, String column, String code) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("line", line);
        if (column != null) {
            error.put("column", column);
        }
        error.put("code", code);
        return error;
    }

    private static ProblemException invalid(List<Map<String, Object>> errors) {
        return ProblemException.invalid("catalog.csv.invalid", errors.size() + " bad line(s); nothing was changed")
                .withError("lines", errors);
    }
}
