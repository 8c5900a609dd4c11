package io.quartier.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModuleAddressesTest {

    @Test
    void theWebappsAskAnOptionalModuleWhereItRuns() {
        Map<String, String> inMain = settings(Map.of(), false, "http://localhost:8080").systemProperties(Launcher.schemaOwners());
        Map<String, String> onItsOwn = settings(Map.of("recommendation", "http://localhost:8081"), false,
                "http://localhost:8080").systemProperties(Launcher.schemaOwners());

        assertEquals("http://localhost:8080/recommendation/api", inMain.get("recommendation/mp-rest/url"));
        assertEquals("http://localhost:8081/recommendation/api", onItsOwn.get("recommendation/mp-rest/url"));
        assertEquals("http://localhost:8080/ordering/api", onItsOwn.get("ordering/mp-rest/url"));
    }

    @Test
    void anAttachedInstanceServesItsModulesAndAsksThePlatformForTheRest() {
        Map<String, String> attached = settings(Map.of(), true, "http://localhost:8080")
                .systemProperties(Launcher.schemaOwners());

        assertEquals("http://localhost:8081/recommendation/api", attached.get("recommendation/mp-rest/url"));
        assertEquals("http://localhost:8080/catalog/api", attached.get("catalog/mp-rest/url"));
        assertEquals("http://localhost:8080/identity/api/keys/jwt.pem", attached.get("mp.jwt.verify.publickey.location"));
        assertEquals("recommendation", attached.get("quartier.platform.wars"));
    }

    private static Launcher.Settings settings(Map<String, String> moduleUrls, boolean attach, String coreUrl) {
        return new Launcher.Settings(attach ? List.of("recommendation") : List.of("identity", "shop"),
                attach ? 8081 : 8080, 61616, 0, Path.of("data"), Path.of("runtime"), true, "1g", null, null, null, null,
                "quartier", "quartier", Duration.ofMinutes(1), moduleUrls, attach, coreUrl);
    }
}
