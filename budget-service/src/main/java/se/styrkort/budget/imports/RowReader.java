package se.styrkort.budget.imports;

import java.io.Closeable;
import java.io.IOException;

/** Reads an import's rows one at a time, so that no import is ever held in memory whole. */
interface RowReader extends Closeable {

    /** The next row, or null after the last. */
    ImportRow next() throws IOException;
}
