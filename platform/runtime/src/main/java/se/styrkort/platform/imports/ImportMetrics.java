package se.styrkort.platform.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.quarkus.runtime.StartupEvent;

/**
 * The throughput of bulk imports: {@code styrkort_import_rows_total}, every row an import has read
 * and reported on, whatever its outcome. Counted when an import's report is
 * complete ({@link ReportLines#finish}), in the registry Quarkus serves; registered at start so that the
 * dashboard and the alerts find it before the first import.
 */
@ApplicationScoped
public class ImportMetrics {

    static final String ROWS = "styrkort.import.rows";
    private static final String DESCRIPTION = "Rows of bulk imports read and reported on, whatever their outcome";

    void register(@Observes StartupEvent start, MeterRegistry registry) {
        Counter.builder(ROWS).description(DESCRIPTION).register(registry);
    }

    /** The counter, from the global registry Quarkus adds its own to: usable where no bean is at hand. */
    static Counter rows() {
        return Counter.builder(ROWS).description(DESCRIPTION).register(Metrics.globalRegistry);
    }
}
