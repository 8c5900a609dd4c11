package io.quartier.ui.live;

import io.quartier.kernel.security.Roles;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The topics a socket can listen to. Personal topics come from who is logged in, never from the page;
 * a page may add only public topics (a store's shelf, which anyone may watch).
 */
public final class LiveTopics {

    /** Every courier's job list. */
    public static final String COURIERS = "couriers";

    /** The platform staff's dispatch board (admins and support): every job and every courier on a job. */
    public static final String STAFF = "staff";

    private static final Pattern PUBLIC = Pattern.compile("store:\\d{1,18}");

    private LiveTopics() {
    }

    public static String customer(long accountId) {
        return "customer:" + accountId;
    }

    public static String merchant(long merchantId) {
        return "merchant:" + merchantId;
    }

    public static String store(long storeId) {
        return "store:" + storeId;
    }

    public static boolean isPublic(String topic) {
        return PUBLIC.matcher(topic).matches();
    }

    /** The personal topics of a signed-in user with these roles and ids (either id may be null). */
    public static Set<String> personal(Set<String> roles, Long accountId, Long merchantId) {
        Set<String> topics = new LinkedHashSet<>();
        if (roles.contains(Roles.CUSTOMER) && accountId != null) {
            topics.add(customer(accountId));
        }
        if (roles.contains(Roles.MERCHANT) && merchantId != null) {
            topics.add(merchant(merchantId));
        }
        if (roles.contains(Roles.COURIER)) {
            topics.add(COURIERS);
        }
        if (roles.contains(Roles.ADMIN) || roles.contains(Roles.SUPPORT)) {
            topics.add(STAFF);
        }
        return topics;
    }

    /** The personal topics plus those of {@code requested} (space or comma separated) that are public. */
    public static Set<String> of(Set<String> personal, String requested) {
        Set<String> topics = new LinkedHashSet<>(personal);
        if (requested != null) {
            for (String topic : requested.split("[\\s,]+")) {
                if (isPublic(topic)) {
                    topics.add(topic);
                }
            }
        }
        return topics;
    }
}
