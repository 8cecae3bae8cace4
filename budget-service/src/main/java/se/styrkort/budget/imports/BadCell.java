package se.styrkort.budget.imports;

/** A value in a row that cannot be read as its field: rejects the row, not the import. */
class BadCell extends RuntimeException {

    BadCell(String field, String message) {
        super(field + ": " + message);
    }
}
