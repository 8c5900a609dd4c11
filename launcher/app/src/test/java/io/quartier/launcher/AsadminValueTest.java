package io.quartier.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AsadminValueTest {

    @Test
    void escapesWhatSeparatesPropertiesSoAPasswordStaysOneValue() {
        assertEquals("a\\:b\\=c\\;d\\\\e", Launcher.asadminValue("a:b=c;d\\e"));
        assertEquals("plain-Pass_word09", Launcher.asadminValue("plain-Pass_word09"));
    }
}
