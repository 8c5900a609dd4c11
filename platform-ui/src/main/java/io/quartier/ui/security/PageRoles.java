package io.quartier.ui.security;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which roles may open which pages of a webapp, read from its {@code web.xml} context parameter
 * {@value #PARAMETER}: {@code "/basket.xhtml=CUSTOMER; /orders/=CUSTOMER; /admin/=ADMIN,SUPPORT"}. A path ending in
 * {@code /} covers everything below it; the longest path that covers a page decides.
 */
public final class PageRoles {

    public static final String PARAMETER = "quartier.pages.roles";

    private final Map<String, Set<String>> rules;

    private PageRoles(Map<String, Set<String>> rules) {
        this.rules = rules;
    }

    /** @throws IllegalArgumentException on a rule that is not {@code /path=ROLE[,ROLE]} */
    public static PageRoles parse(String text) {
        if (text == null || text.isBlank()) {
            return new PageRoles(Map.of());
        }
        return new PageRoles(Arrays.stream(text.split(";")).map(String::strip).filter(rule -> !rule.isEmpty())
                .map(rule -> {
                    String[] parts = rule.split("=");
                    if (parts.length != 2 || !parts[0].strip().startsWith("/") || parts[1].isBlank()) {
                        throw new IllegalArgumentException(PARAMETER + ": not /path=ROLE[,ROLE]: " + rule);
                    }
                    return parts;
                })
                .collect(Collectors.toUnmodifiableMap(parts -> parts[0].strip(), parts -> Arrays
                        .stream(parts[1].split(",")).map(String::strip).collect(Collectors.toUnmodifiableSet()))));
    }

    /** The roles of which the caller needs one to open {@code path}; empty for a page open to everyone. */
    public Optional<Set<String>> of(String path) {
        return rules.keySet().stream()
                .filter(rule -> rule.endsWith("/") ? path.startsWith(rule) : path.equals(rule))
                .max(Comparator.comparingInt(String::length))
                .map(rules::get);
    }
}
