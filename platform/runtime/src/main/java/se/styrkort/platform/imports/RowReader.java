package se.styrkort.platform.imports;

import java.io.Closeable;
import java.io.IOException;

/** Reads an import's rows one at a time, so that no import is ever held in memory whole. */
public interface RowReader<R> extends Closeable {

    /** The next row, or null after the last. */
    R next() throws IOException;
}
