package se.styrkort.platform.imports;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.styrkort.platform.problem.Problem;

/** An import job as the API shows it: where it is, what its rows came to so far, and why it failed if it did. */
@Schema(name = "ImportJob")
public record ImportJobView(UUID id,
        @Schema(description = "QUEUED, RUNNING, DONE, FAILED (the body as a whole could not be read; nothing was"
                + " written) or CANCELLED (the rows done before stay)") String state,
        @Schema(description = "The body's size in bytes") long bytes,
        @Schema(description = "The body's data rows, once they are counted (before any is written)") Long rows,
        @Schema(description = "Rows read and reported on so far, each written or rejected") long rowsRead,
        long accepted, long unchanged, long revised, long rejected,
        @Schema(description = "Why the job failed, as a synchronous import would have answered it") Problem problem,
        Instant createdAt, String createdBy, Instant updatedAt, Instant finishedAt) {

    public static final String QUEUED = "QUEUED";
    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";
    public static final String CANCELLED = "CANCELLED";

    public boolean ended() {
        return finishedAt != null;
    }
}
