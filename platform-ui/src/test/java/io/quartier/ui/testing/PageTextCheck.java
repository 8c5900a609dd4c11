package io.quartier.ui.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Fails a build when a Facelets page shows text that does not come from the bundle: a text node or a
 * user-visible attribute holding literal words, or a {@code msg['key']} / {@code msg.key} the English bundle
 * lacks. Text counts as literal when it still has a letter once its EL expressions are removed, so
 * punctuation between expressions is allowed. Script and style bodies are not page text.
 *
 * <p>Usage in a webapp test: {@code PageTextCheck.assertClean(Path.of("src/main/webapp"))}.
 */
public final class PageTextCheck {

    /** The English bundle, on the class path from platform-ui's main jar. */
    public static final String BUNDLE = "io/quartier/ui/messages.properties";

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    /** Components whose {@code value} is shown to the reader. */
    private static final Set<String> VALUE_SHOWN = Set.of("outputText", "outputLabel", "outputFormat",
            "commandButton", "commandLink", "link", "linkButton", "button", "menuitem", "submenu");

    /** Attributes shown to the reader (or read to them) on any element. */
    private static final Set<String> SHOWN = Set.of("title", "alt", "placeholder", "label", "header", "footer",
            "summary", "emptyMessage", "itemLabel", "requiredMessage", "validatorMessage", "converterMessage",
            "headerText", "footerText", "subtitle", "ariaLabel", "aria-label", "noSelectionLabel");

    private static final Pattern KEY = Pattern.compile(
            "(?<![\\w.$])msg\\s*\\[\\s*(['\"])(.*?)\\1\\s*(\\]?)|(?<![\\w.$])msg\\.([A-Za-z_][A-Za-z0-9_]*)");

    private final Set<String> keys;
    private final List<String> problems = new ArrayList<>();

    private PageTextCheck(Set<String> keys) {
        this.keys = keys;
    }

    /** Throws an AssertionError listing every problem in the .xhtml files under {@code folder}. */
    public static void assertClean(Path folder) {
        List<String> problems = check(folder, englishKeys());
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " page text problem(s):\n  " + String.join("\n  ", problems));
        }
    }

    /** Every problem in the .xhtml files under {@code folder}, as "file:line: what". */
    public static List<String> check(Path folder, Set<String> bundleKeys) {
        PageTextCheck check = new PageTextCheck(bundleKeys);
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> pages = files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList();
            if (pages.isEmpty()) {
                check.problems.add(folder + ": no .xhtml page found");
            }
            pages.forEach(check::page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return check.problems;
    }

    public static Set<String> englishKeys() {
        try (InputStream in = PageTextCheck.class.getClassLoader().getResourceAsStream(BUNDLE)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLE + " is not on the class path");
            }
            Properties bundle = new Properties();
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return bundle.stringPropertyNames();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when {@code text} still holds a letter once its EL expressions are taken out. */
    static boolean isLiteral(String text) {
        return withoutExpressions(text).codePoints().anyMatch(Character::isLetter);
    }

    static String withoutExpressions(String text) {
        StringBuilder rest = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if ((c == '#' || c == '$') && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                i = endOfExpression(text, i + 2);
            } else {
                rest.append(c);
                i++;
            }
        }
        return rest.toString();
    }

    private static int endOfExpression(String text, int from) {
        char quote = 0;
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    private void page(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.newSAXParser().parse(in, new PageHandler(file.toString()));
        } catch (SAXException e) {
            problems.add(file + ": not well-formed XML: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private void checkKeys(String where, String text) {
        Matcher m = KEY.matcher(text);
        while (m.find()) {
            if (m.group(4) != null) {
                require(where, m.group(4), false);
            } else {
                require(where, m.group(2), m.group(3).isEmpty());
            }
        }
    }

    private void require(String where, String key, boolean prefixOnly) {
        boolean known = prefixOnly ? keys.stream().anyMatch(k -> k.startsWith(key)) : keys.contains(key);
        if (!known) {
            problems.add(where + ": " + (prefixOnly ? "no bundle key starts with '" : "missing bundle key '")
                    + key + "'");
        }
    }

    private final class PageHandler extends DefaultHandler {

        private final String file;
        private final Deque<Boolean> scriptOrStyle = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private Locator locator;
        private int textLine;

        PageHandler(String file) {
            this.file = file;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            flushText();
            String where = file + ":" + locator.getLineNumber();
            for (int i = 0; i < attributes.getLength(); i++) {
                String name = attributes.getLocalName(i);
                String value = attributes.getValue(i);
                checkKeys(where, value);
                boolean shown = SHOWN.contains(name)
                        || ("value".equals(name) && VALUE_SHOWN.contains(localName) && !XHTML.equals(uri)
                        && !uri.isEmpty());
                if (shown && isLiteral(value)) {
                    problems.add(where + ": literal text in " + qName + " " + attributes.getQName(i) + "=\""
                            + value + "\"");
                }
            }
            boolean inScript = !scriptOrStyle.isEmpty() && scriptOrStyle.peek();
            scriptOrStyle.push(inScript || localName.equals("script") || localName.equals("style")
                    || localName.equals("outputScript") || localName.equals("outputStylesheet"));
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            flushText();
            scriptOrStyle.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (text.length() == 0) {
                textLine = locator.getLineNumber();
            }
            text.append(ch, start, length);
        }

        private void flushText() {
            if (text.length() == 0) {
                return;
            }
            String value = text.toString();
            text.setLength(0);
            if (!scriptOrStyle.isEmpty() && scriptOrStyle.peek()) {
                return;
            }
            String where = file + ":" + textLine;
            checkKeys(where, value);
            if (isLiteral(value)) {
                problems.add(where + ": literal text \"" + value.strip() + "\"");
            }
        }
    }
}
