package se.styrkort.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * What one import brings to the {@link ImportPipeline}: how its body reads as rows, how a row is
 * checked, and how a batch of checked rows is written. The pipeline does the rest the same way for
 * every service.
 *
 * @param <R> a row as read
 * @param <C> a row as checked
 */
public interface ImportJob<R, C extends ImportJob.Checked> {

    /** A row as checked: its number, and why it cannot be written (null when it can). */
    interface Checked {

        long number();

        String reason();
    }

    /** The body's format, as the report names it. */
    String format();

    /** Reads the body from its first row; the pipeline closes the stream should this fail. */
    RowReader<R> read(InputStream body) throws IOException;

    /** The row's 1-based number among the data rows. */
    long number(R row);

    /** Checks a row fully, in the words a single request would get. */
    C check(R row);

    /**
     * Checks, on the second reading, a row the first reading let through: by default fully again; a
     * job may skip what cannot have changed between the readings.
     */
    default C checkPassed(R row) {
        return check(row);
    }

    /** Writes a batch of checked rows in the current transaction; the report's lines in row order. */
    List<RowResult> write(List<C> batch);
}
