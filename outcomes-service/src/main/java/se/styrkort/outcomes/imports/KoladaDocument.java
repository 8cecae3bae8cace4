package se.styrkort.outcomes.imports;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import se.styrkort.outcomes.domain.MeasurementInput;
import se.styrkort.platform.imports.BadCell;
import se.styrkort.platform.imports.CellText;

/**
 * One Kolada-shaped document: {@code {"kpi", "municipality"|"ou", "period", "values": [{"gender":
 * "T|K|M", "value"}]}} becomes one measurement with its values by gender. Until code maps exist,
 * kpi and municipality (or ou) carry our indicator and org unit ids; Kolada's other fields
 * (count, status) are ignored.
 */
final class KoladaDocument {

    private enum Gender {
        T,
        K,
        M
    }

    private KoladaDocument() {
    }

    static ImportRow read(long number, JsonNode doc) {
        String unitField = doc.hasNonNull("municipality") ? "municipality" : "ou";
        Map<Gender, BigDecimal> values = values(doc.get("values"));
        return ImportRow.read(number, new MeasurementInput(null, null,
                text(doc.get("period")),
                Cells.valueKind("valueKind", text(doc.get("valueKind"))),
                values.get(Gender.T), values.get(Gender.K), values.get(Gender.M),
                text(doc.get("sourceSystem")), text(doc.get("externalRowId")), null, null),
                new ImportRow.Refs("kpi", text(doc.get("kpi")), unitField, text(doc.get(unitField))));
    }

    private static Map<Gender, BigDecimal> values(JsonNode list) {
        Map<Gender, BigDecimal> values = new EnumMap<>(Gender.class);
        if (list == null || !list.isArray()) {
            throw new BadCell("values", "must be a list of {\"gender\": \"T|K|M\", \"value\": number}");
        }
        for (JsonNode entry : list) {
            String text = text(entry.get("gender"));
            Gender gender;
            try {
                gender = Gender.valueOf(text == null ? "" : text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadCell("values.gender", "'" + text + "' is none of T, K, M");
            }
            JsonNode value = entry.get("value");
            // Kolada sends null for a value it does not have.
            BigDecimal number = value == null || value.isNull() ? null
                    : value.isNumber() ? value.decimalValue() : CellText.decimal("values.value", value.asText());
            if (number != null && values.put(gender, number) != null) {
                throw new BadCell("values.gender", gender + " is given more than once");
            }
        }
        return values;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : CellText.text(node.asText());
    }
}
