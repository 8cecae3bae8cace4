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

    /**
     * Bodies larger than this run as a job even when the client did not ask for one ({@code Prefer:
     * respond-async}): some 10 000 rows, which a proxy's request timeout would cut on a busy service.
     */
    @WithDefault("1048576")
    long asyncAbove();

    /** How long a process holds a job it works on without committing a chunk; past that another takes it over. */
    @WithDefault("PT30S")
    Duration jobLease();

    /**
     * How often a job is taken up again after it was interrupted without committing a further chunk
     * (the process died, or the job failed where it cannot split the rows) before it ends as FAILED.
     */
    @WithDefault("10")
    int jobAttempts();

    /** How often a process looks for import jobs to work on (and a job sent to it starts at the latest). */
    @WithDefault("1s")
    Duration jobPollEvery();

    /** How long an ended job, its state and its report, is kept. */
    @WithDefault("P7D")
    Duration jobKeep();
}
