package se.styrkort.outcomes.imports;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The production limits and batch size, for an import of many thousand rows. */
public class BulkImportProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // A loaded build machine may take longer than the default 30 s to answer an import of thousands of rows.
        return Map.of("styrkort.imports.max-rows", "1000000", "styrkort.imports.max-bytes", "104857600",
                "styrkort.imports.batch-size", "500", "quarkus.http.test-timeout", "180s");
    }
}
