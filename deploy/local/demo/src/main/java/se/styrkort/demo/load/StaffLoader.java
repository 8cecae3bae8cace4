package se.styrkort.demo.load;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import se.styrkort.demo.data.DataSet;
import se.styrkort.demo.http.Api;

/**
 * Records a report's staff figures (antal anställda per day and category, women and men) in
 * budget-service. A figure is one per unit, day and category: one already there is kept as it is.
 */
final class StaffLoader extends EconomyLoader {

    static final String PATH = "/api/v1/staff-figures";

    StaffLoader(Api budget, String economist, Map<String, String> units) {
        super(budget, economist, units);
    }

    void load(DataSet.Table table) {
        String file = table.file().getFileName().toString();
        if (!serves(PATH, table.rows().size() + " staff figures of " + file)) {
            return;
        }
        List<String> unitIds = knownUnits(file, table);
        Set<List<String>> existing = new HashSet<>();
        for (String unitId : unitIds) {
            for (JsonNode f : budget.list(economist, PATH, Map.of("orgUnitId", unitId))) {
                existing.add(List.of(unitId, f.path("asOf").asText(), f.path("category").asText()));
            }
        }
        int created = 0;
        for (Map<String, String> row : table.rows()) {
            String unitId = unit(file, row);
            if (existing.contains(List.of(unitId, row.get("asOf"), row.get("category")))) {
                continue;
            }
            budget.post(economist, PATH, Body.of().put("orgUnitId", unitId).put("asOf", row.get("asOf"))
                    .put("category", row.get("category")).put("total", count(row, "total"))
                    .put("women", count(row, "women")).put("men", count(row, "men")).map());
            created++;
        }
        Log.info("staff figures of " + file + ": " + table.rows().size() + " rows, " + created + " created");
    }

    private static Integer count(Map<String, String> row, String column) {
        String cell = row.get(column);
        return cell == null || cell.isBlank() ? null : Integer.valueOf(cell.replace(" ", ""));
    }
}
