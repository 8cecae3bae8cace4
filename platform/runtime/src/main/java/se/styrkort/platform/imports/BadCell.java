package se.styrkort.platform.imports;

/** A value in a row that cannot be read as its field: rejects the row, not the import. */
public class BadCell extends RuntimeException {

    public BadCell(String field, String message) {
        super(field + ": " + message);
    }
}
