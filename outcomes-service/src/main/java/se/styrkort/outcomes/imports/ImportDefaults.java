package se.styrkort.outcomes.imports;

import se.styrkort.outcomes.domain.MeasurementInput;
import se.styrkort.outcomes.domain.ValueKind;

/** What the caller says for every row that does not say it itself (query parameters of the import). */
public record ImportDefaults(ValueKind valueKind, String sourceSystem) {

    MeasurementInput fill(MeasurementInput row) {
        return row.withDefaults(valueKind, sourceSystem);
    }

    /** Kolada publishes values per year, and says where they came from by being Kolada. */
    ImportDefaults forKolada() {
        return new ImportDefaults(valueKind == null ? ValueKind.PERIOD : valueKind,
                sourceSystem == null ? "Kolada" : sourceSystem);
    }
}
