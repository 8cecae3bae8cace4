package se.styrkort.demo.load;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import se.styrkort.demo.data.DataSet;
import se.styrkort.demo.http.Api;
import se.styrkort.demo.http.LoadFailure;

/**
 * Records a report's staff figures (antal anställda per day and category, women and men) in
 * budget-service. A figure is one per unit, day and category: one already there is kept as it is.
 */
final class StaffLoader {

    static final String PATH = "/api/v1/staff-figures";

    private final Api budget;
    private final String economist;
    private final Map<String, String> units;

    StaffLoader(Api budget, String economist, Map<String, String> units) {
        this.budget = budget;
        this.economist = economist;
        this.units = units;
    }

    void load(DataSet.Table table) {
        String file = table.file().getFileName().toString();
        if (!budget.has(economist, PATH + "?size=1")) {
            Log.info("skipped " + table.rows().size() + " staff figures of " + file + ": budget-service has no " + PATH
                    + " yet");
            return;
        }
        List<String> unitIds = table.rows().stream().map(r -> unit(file, r)).distinct().toList();
        budget.awaitKnown(economist, "/api/v1/org-units", unitIds, Duration.ofSeconds(60));
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

    private String unit(String file, Map<String, String> row) {
        String id = units.get(row.get("unit"));
        if (id == null) {
            throw new LoadFailure(file + ": unknown org unit key " + row.get("unit"));
        }
        return id;
    }
}
