package io.quartier.systemtests;

import static io.quartier.systemtests.support.Api.post;
import static io.quartier.systemtests.support.Api.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.systemtests.support.Api;
import io.quartier.systemtests.support.Customers;
import io.quartier.systemtests.support.Orders;
import io.quartier.systemtests.support.Platform;
import io.quartier.systemtests.support.SandboxCardForm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No card number is ever kept: a customer pays with a test card typed into the sandbox's own form (saved, a top-up
 * and an order paid with it), then the platform's log files, every text column of every schema of the database, the
 * database's own files (tables and write-ahead log) and the broker's journal are searched for the number, written
 * with and without spaces, in one-byte and two-byte encodings (Artemis keeps text as UTF-16), and in hexadecimal in
 * the database's binary columns. It is found nowhere.
 */
@ExtendWith(Platform.class)
class CardNumberLeakIT {

    private static final String NUMBER = "5555 5555 5555 4444";
    private static final String DIGITS = NUMBER.replace(" ", "");

    @Test
    void aCardNumberTypedIntoTheGatewaysFormIsFoundNowhere() throws Exception {
        String customer = token(Customers.signUpAndConfirm("leak", Api.PASSWORD, "en"));
        long card = PaymentMethodsIT.id(PaymentMethodsIT.saved(customer, SandboxCardForm.token(NUMBER)));
        assertEquals(200, post("/payment/api/wallet/top-ups", customer, "leak-1", WalletIT.topUp(card, 2_000)).status());
        Orders.place(customer, Orders.inParis(1, 101, 1, card));

        List<String> found = new ArrayList<>();
        found.addAll(inDatabaseColumns());
        found.addAll(inFiles(Platform.dataDir().resolve("logs")));
        found.addAll(inFiles(Platform.dataDir().resolve("postgres")));
        found.addAll(inFiles(Platform.dataDir().resolve("broker")));

        assertTrue(found.isEmpty(), () -> "the card number was found in " + found);
    }

    /** Every text column of every table of every schema of the platform's database. */
    private static List<String> inDatabaseColumns() throws IOException, SQLException {
        Path data = Platform.dataDir();
        String port = Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(3).strip();
        String password = Files.readString(data.resolve("postgres.password")).strip();
        List<String> found = new ArrayList<>();
        int columns = 0;
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/quartier",
                "quartier", password); Statement s = db.createStatement()) {
            List<String[]> textColumns = new ArrayList<>();
            try (ResultSet r = s.executeQuery("""
                    SELECT table_schema, table_name, column_name FROM information_schema.columns
                    WHERE table_schema NOT IN ('pg_catalog', 'information_schema')
                      AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea')""")) {
                while (r.next()) {
                    textColumns.add(new String[] {r.getString(1), r.getString(2), r.getString(3)});
                }
            }
            for (String[] c : textColumns) {
                columns++;
                String column = "\"" + c[0] + "\".\"" + c[1] + "\"";
                String value = "CAST(\"" + c[2] + "\" AS TEXT)";
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + column + " WHERE " + value + " LIKE '%"
                        + DIGITS + "%' OR " + value + " LIKE '%" + NUMBER + "%' OR " + value + " LIKE '%"
                        + hex(DIGITS) + "%'")) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        found.add(column + "." + c[2]);
                    }
                }
            }
        }
        assertTrue(columns > 50, "the search saw the schemas' text columns: " + columns);
        return found;
    }

    /** Every file under {@code folder}, as bytes. */
    private static List<String> inFiles(Path folder) throws IOException {
        List<byte[]> needles = new ArrayList<>();
        for (String text : List.of(DIGITS, NUMBER)) {
            needles.add(text.getBytes(StandardCharsets.UTF_8));
            needles.add(text.getBytes(StandardCharsets.UTF_16LE));
            needles.add(text.getBytes(StandardCharsets.UTF_16BE));
        }
        List<String> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue(!files.isEmpty(), "there are files to search in " + folder);
        for (Path file : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException vanished) {
                continue; // a log rolled or a journal file recycled while searching
            }
            for (byte[] needle : needles) {
                if (contains(bytes, needle)) {
                    found.add(file.toString());
                    break;
                }
            }
        }
        return found;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String hex(String text) {
        StringBuilder hex = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hex.append(String.format("%02x", b));
        }
        return hex.toString();
    }
}
