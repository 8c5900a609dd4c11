package io.quartier.identity.infrastructure.geocoding;

import io.quartier.identity.application.Geocoder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The local geocoder: the places of a small gazetteer shipped with identity ({@code gazetteer.tsv}: the demo cities
 * Paris, London and Casablanca). No network, and the same answer every time. A place matches an address when all the
 * words of one of its names are in the address ("12 rue des Martyrs, 75009 Paris" is on "Rue des Martyrs, Paris"), and
 * a typed fragment when each of its words begins a word of the name ("martyr" finds it too, "12 rue des mar" as well);
 * accents and case do not count. Names with more words in common come first.
 * <p>Typed to its own class so that only {@link GeocoderSelection} offers it as the {@link Geocoder}.
 */
@ApplicationScoped
@Typed(GazetteerGeocoder.class)
public class GazetteerGeocoder implements Geocoder {

    static final String RESOURCE = "/io/quartier/identity/geocoding/gazetteer.tsv";

    private final List<Entry> entries;

    public GazetteerGeocoder() {
        this(GazetteerGeocoder.class.getResourceAsStream(RESOURCE));
    }

    GazetteerGeocoder(InputStream gazetteer) {
        if (gazetteer == null) {
            throw new IllegalStateException("the gazetteer " + RESOURCE + " is missing from the WAR");
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(gazetteer, StandardCharsets.UTF_8))) {
            entries = in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(Entry::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Place> search(String text, int limit) {
        Set<String> words = words(text);
        if (words.isEmpty()) {
            return List.of();
        }
        record Scored(Entry entry, int score) {
        }
        List<Scored> found = new ArrayList<>();
        for (Entry entry : entries) {
            int score = entry.names.stream().mapToInt(name -> score(name, words)).max().orElse(0);
            if (score > 0) {
                found.add(new Scored(entry, score));
            }
        }
        return found.stream()
                .sorted(Comparator.comparingInt(Scored::score).reversed().thenComparing(s -> s.entry().label))
                .limit(limit)
                .map(s -> new Place(s.entry().label, s.entry().latitude, s.entry().longitude))
                .toList();
    }

    /**
     * How well a name matches: twice its words when the text holds all of them; else, when each word of the text
     * begins a word of the name (numbers aside: a house number or a postcode), as many as those words; else 0.
     */
    private static int score(Set<String> name, Set<String> text) {
        if (text.containsAll(name)) {
            return 2 * name.size();
        }
        List<String> fragments = text.stream().filter(t -> t.chars().noneMatch(Character::isDigit)).toList();
        boolean allBegin = fragments.stream().allMatch(t -> name.stream().anyMatch(n -> n.startsWith(t)));
        return allBegin ? fragments.size() : 0;
    }

    /** Lower-case words without accents or punctuation; one-letter words (the d' of d'Anfa) do not count. */
    static Set<String> words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() > 1)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private record Entry(String label, double latitude, double longitude, List<Set<String>> names) {

        static Entry parse(String line) {
            String[] columns = line.split("\t");
            if (columns.length < 3) {
                throw new IllegalStateException("gazetteer line without label, latitude and longitude: " + line);
            }
            List<Set<String>> names = new ArrayList<>();
            names.add(words(columns[0]));
            if (columns.length > 3) {
                Arrays.stream(columns[3].split(";")).map(GazetteerGeocoder::words).forEach(names::add);
            }
            return new Entry(columns[0], Double.parseDouble(columns[1]), Double.parseDouble(columns[2]), names);
        }
    }
}
