package se.styrkort.platform.imports;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How much one import may carry, and how it is written. */
@ConfigMapping(prefix = "styrkort.imports")
public interface ImportLimits {

    /** Data rows per request; more is answered 413. */
    @WithDefault("1000000")
    long maxRows();

    /** Bytes per request; more is answered 413. Keep below quarkus.http.limits.max-body-size. */
    @WithDefault("104857600")
    long maxBytes();

    /** Rows written per transaction. */
    @WithDefault("500")
    int batchSize();

    /** How long an all-or-nothing import, which is one transaction, may take. */
    @WithDefault("PT30M")
    Duration atomicTimeout();
}
