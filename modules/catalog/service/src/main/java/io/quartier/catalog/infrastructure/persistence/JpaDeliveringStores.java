package io.quartier.catalog.infrastructure.persistence;

import io.quartier.catalog.domain.model.finder.DeliveringStores;
import io.quartier.catalog.domain.model.finder.StoreSearch;
import io.quartier.catalog.domain.model.product.TranslationFallback;
import io.quartier.catalog.domain.model.store.Place;
import io.quartier.catalog.domain.model.store.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** The search for stores near a place: SQL for what SQL does fast (a rectangle, the filters), JPA for the rest. */
@ApplicationScoped
public class JpaDeliveringStores implements DeliveringStores {

    /** A store's radius in SQL, with the platform's default where the merchant set none. */
    private static final String RADIUS = "COALESCE(s.delivery_radius_m, " + Store.DEFAULT_DELIVERY_RADIUS_METRES + ")";

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    /**
     * Four queries whatever the number of stores: the ids, by SQL that keeps each store whose radius spans the
     * place's latitude and longitude (a rectangle around the store) and that matches the search; then those stores
     * with their merchant; then their hours, and their closures, each in one query for all of them (batch reading).
     */
    @Override
    public List<Store> mayDeliverTo(Place place, StoreSearch search) {
        List<Long> ids = idsNear(place, search);
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s FROM Store s JOIN FETCH s.merchant WHERE s.id IN :ids", Store.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "s.openingHours")
                .setHint("eclipselink.batch", "s.closures")
                .getResultList();
    }

    private List<Long> idsNear(Place place, StoreSearch search) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT s.id FROM store s JOIN merchant m ON m.id = s.merchant_id");
        // The farthest any store delivers bounds the latitude, so that an index on it can serve.
        double widest = Store.LONGEST_DELIVERY_RADIUS_METRES / Place.METRES_PER_DEGREE;
        sql.append(" WHERE s.latitude BETWEEN ? AND ?");
        parameters.add(place.latitude() - widest);
        parameters.add(place.latitude() + widest);
        sql.append(" AND ABS(s.latitude - ?) * ").append(Place.METRES_PER_DEGREE).append(" <= ").append(RADIUS);
        parameters.add(place.latitude());
        OptionalDouble perDegree = place.metresPerDegreeOfLongitudeWithin(Store.LONGEST_DELIVERY_RADIUS_METRES);
        if (perDegree.isPresent()) {
            sql.append(" AND ABS(s.longitude - ?) * ? <= ").append(RADIUS);
            parameters.add(place.longitude());
            parameters.add(perDegree.getAsDouble());
        }
        if (search.type() != null) {
            sql.append(" AND m.type = ?");
            parameters.add(search.type().name());
        }
        if (search.dietaryTag() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM product p JOIN product_dietary_tag t ON t.product_id = p.id"
                    + " WHERE p.store_id = s.id AND p.archived = FALSE AND t.tag = ?)");
            parameters.add(search.dietaryTag().name());
        }
        String language = search.language() == null ? "" : search.language();
        if (search.shelf() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM category c WHERE c.store_id = s.id AND LOWER(")
                    .append(readName("category_translation", "category_id", "c.id")).append(") = ?)");
            parameters.add(language);
            parameters.add(search.shelf().toLowerCase(Locale.ROOT));
        }
        if (search.text() != null) {
            String contains = "%" + likeEscaped(search.text().toLowerCase(Locale.ROOT)) + "%";
            sql.append(" AND (LOWER(s.name) LIKE ? ESCAPE '\\'")
                    .append(" OR EXISTS (SELECT 1 FROM product p WHERE p.store_id = s.id AND p.archived = FALSE AND LOWER(")
                    .append(readName("product_translation", "product_id", "p.id")).append(") LIKE ? ESCAPE '\\'))");
            parameters.add(contains);
            parameters.add(language);
            parameters.add(contains);
        }
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * The name a reader sees, in SQL: the translation in the reader's language (the next parameter; '' for none),
     * else the store's, else English, else the first by language code, as {@link TranslationFallback} picks it.
     */
    private static String readName(String table, String key, String owner) {
        return "(SELECT x.name FROM " + table + " x WHERE x." + key + " = " + owner
                + " ORDER BY CASE x.lang WHEN ? THEN 0 WHEN s.language THEN 1 WHEN '"
                + TranslationFallback.LAST_RESORT + "' THEN 2 ELSE 3 END, x.lang LIMIT 1)";
    }

    /** The text with LIKE's wildcards and its escape character taken literally. */
    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
