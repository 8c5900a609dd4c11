package io.quartier.catalog.application;

import java.util.ArrayList;
import java.util.List;

/**
 * Just enough CSV (RFC 4180) for price and stock sheets as spreadsheets save them: comma or semicolon
 * separated (the header line tells which), fields optionally in double quotes with {@code ""} for a quote,
 * CRLF or LF line ends, a UTF-8 byte order mark tolerated. Quoted fields may not span lines: a sheet row is
 * one line, so that errors can name it.
 */
public final class Csv {

    private Csv() {
    }

    /** The separator the header line uses: ';' when it has more semicolons than commas. */
    public static char separatorOf(String headerLine) {
        long commas = headerLine.chars().filter(c -> c == ',').count();
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        return semicolons > commas ? ';' : ',';
    }

    /** The lines of a text, without line ends and without a leading byte order mark. */
    public static List<String> lines(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = new ArrayList<>(List.of(body.split("\r?\n", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /**
     * The fields of one line.
     *
     * @throws IllegalArgumentException when a quote is left open
     */
    public static List<String> fields(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unclosed quote");
        }
        fields.add(field.toString().strip());
        return fields;
    }

    /** One line from fields, quoting those that need it. */
    public static String line(List<String> fields, char separator) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(separator);
            }
            String value = fields.get(i) == null ? "" : fields.get(i);
            if (value.indexOf(separator) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0) {
                line.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                line.append(value);
            }
        }
        return line.toString();
    }
}
